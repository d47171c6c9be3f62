import { enRepair } from "./en.repair.js";
import { enFaq } from "./en.faq.js";

// English UI strings. fr.ts must have exactly the same keys: the type below makes a missing key a
// compile error, and test/addin/i18n checks both files and every key the views use.
export const en = {
  app: {
    title: "MailBridge",
    tagline: "Get your Outlook.com / Hotmail mail back after the end of POP3 passwords.",
    loading: "Starting…",
    language: "Language",
  },
  mode: {
    outlook: "Connected to Outlook",
    standalone: "Standalone mode: running in your browser, outside Outlook.",
    standaloneHint: "Use this page when Outlook does not open at all. Everything that does not need Outlook works here.",
    demo: "Demo mode: no Azure app is configured on this server, so mailbox data comes from a simulated demo mailbox.",
    serverUnreachable: "The MailBridge service cannot be reached. Check your connection, then reopen this pane.",
  },
  nav: {
    label: "Sections",
    diagnose: "Diagnose",
    repair: "Repair",
    unify: "Unify",
    migrate: "Migrate",
    account: "Account",
  },
  mailbox: {
    heading: "Your mailbox at Microsoft",
    intro: "MailBridge can check the mailbox itself (space, latest mail, rules) after you sign in.",
    introDemo: "Demo: these results come from a simulated mailbox, read through the same Graph calls as a real one.",
    openFromOutlook: "Open MailBridge from Outlook to check your mailbox: signing in from a plain browser is not available yet.",
    plan: "Your plan (mailbox size)",
    plans: { p15: "Outlook.com free (15 GB)", p50: "Microsoft 365 Basic / Personal (50 GB)", p100: "Microsoft 365 Personal or Family, more storage (100 GB)" },
    run: "Check my mailbox",
    rerun: "Check again",
    checking: "Checking your mailbox with Microsoft…",
    failed: "The mailbox could not be checked: {{message}}",
    signInFailed: "Outlook could not sign you in to MailBridge (code {{code}}). Outlook.com accounts cannot use Office single sign-on yet; the rest of MailBridge works without it.",
    chart: {
      title: "Mailbox space",
      used: "Used",
      usedOf: "{{used}} of {{quota}}",
      biggest: "Biggest folders",
      reclaimable: "Emptying these would free space",
    },
  },
  pending: {
    title: "Not available yet",
    body: "This section is still being built. The Account section already shows what Outlook reports about your account.",
  },
  account: {
    heading: "Your account as Outlook reports it",
    email: "Email address",
    displayName: "Name",
    accountType: "Account type",
    hostName: "Outlook application",
    hostVersion: "Version",
    platform: "Platform",
    displayLanguage: "Display language",
    requirementSets: "Supported Mailbox API versions",
    unknown: "Not reported",
    noneSupported: "None reported",
    standaloneNote: "Outside Outlook, account details are not available. Open MailBridge from Outlook's ribbon to see them.",
    accountTypes: {
      outlookCom: "Outlook.com / Hotmail (personal Microsoft account)",
      office365: "Microsoft 365 (work or school)",
      enterprise: "Exchange on-premises",
      gmail: "Gmail",
    },
    platforms: {
      PC: "Windows (classic Outlook)",
      OfficeOnline: "Outlook on the web or new Outlook",
      Mac: "Mac",
      iOS: "iPhone / iPad",
      Android: "Android",
      Universal: "Windows (Universal)",
    },
  },
  ...enRepair,
  ...enFaq,
} as const;

/** The shape every locale must have: same keys, any string values. */
export type Messages = DeepStrings<typeof en>;
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : DeepStrings<T[K]> };
