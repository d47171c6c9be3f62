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
    standaloneHint:
      "Use this page when Outlook does not open at all. Everything that does not need Outlook works here.",
    demo: "Demo mode: no Azure app is configured on this server, so mailbox data comes from a simulated demo mailbox.",
    serverUnreachable:
      "The MailBridge service cannot be reached. Check your connection, then reopen this pane.",
  },
  nav: {
    label: "Sections",
    diagnose: "Diagnose",
    repair: "Repair",
    unify: "Unify",
    migrate: "Migrate",
    account: "Account",
  },
  signIn: {
    explain:
      "Checking asks you to sign in with the Microsoft account of this mailbox (Outlook.com, Hotmail, Live, MSN, or work or school). MailBridge only reads it; rules are written only after you have seen what will change.",
    signedInAs: "Signed in as {{username}}",
    otherAccount:
      "You signed in as {{username}}, but Outlook shows {{outlook}}: these results are about {{username}}'s mailbox. To check {{outlook}}, sign in with that account.",
    gmailMailbox:
      "Outlook shows a Gmail mailbox here: the mailbox check reads Microsoft mailboxes only (Outlook.com, Hotmail, Live, Microsoft 365). Sign in with your Microsoft account to check that one.",
    detail: "Code: {{detail}}",
    errors: {
      cancelled:
        "Sign-in was cancelled: nothing was read from your mailbox. Click the button again when you are ready.",
      popup_blocked:
        "Your browser blocked the sign-in window. Allow pop-ups for this site, then click the button again.",
      dialog_blocked:
        "Outlook did not open the sign-in window (it was ignored or blocked). Click the button again and allow the window.",
      dialog_failed:
        "The sign-in window could not be opened or loaded. Check your connection and try again.",
      unsupported_host:
        "This version of Outlook offers add-ins no way to sign in. Open MailBridge in your web browser instead: {{url}}",
      not_configured:
        "This MailBridge server is not set up for signing in (no Azure app is configured).",
      consent_required:
        "Your organization must approve MailBridge before you can use it. Ask your administrator to grant consent in the Microsoft Entra admin center.",
      failed:
        "Microsoft could not sign you in to MailBridge. Try again; if it keeps failing, use the steps in the Repair section, which work without signing in.",
    },
  },
  mailbox: {
    heading: "Your mailbox at Microsoft",
    intro: "MailBridge can check the mailbox itself (space, latest mail, rules) after you sign in.",
    introDemo:
      "Demo: these results come from a simulated mailbox, read through the same Graph calls as a real one.",
    plan: "Your plan (mailbox size)",
    plans: {
      p15: "Outlook.com free (15 GB)",
      p50: "Microsoft 365 Basic / Personal (50 GB)",
      p100: "Microsoft 365 Personal or Family, more storage (100 GB)",
    },
    run: "Check my mailbox",
    rerun: "Check again",
    checking: "Checking your mailbox with Microsoft…",
    failed: "The mailbox could not be checked: {{message}}",
    chart: {
      title: "Mailbox space",
      used: "Used",
      usedOf: "{{used}} of {{quota}}",
      biggest: "Biggest folders",
      reclaimable: "Emptying these would free space",
    },
  },
  unify: {
    heading: "One inbox for all your accounts",
    intro:
      "POP used to bring every account into one Outlook. Without POP, rules do it: add your other addresses, pick how, and MailBridge writes the rules for every app.",
    main: "Main mailbox",
    other: "Other",
    remove: "Remove",
    addAccount: "Add an address to bring in",
    add: "Add",
    needTwo: "Add at least one more address to build rules.",
    strategy: "How to bring them together",
    strategies: {
      server:
        "Rules in your Outlook.com mailbox, by the address mail was sent to (other accounts forward to it)",
      client: "Rules in classic Outlook, by the account mail arrives through",
      thirdParty: "Another app (Thunderbird, a Sieve server, Gmail) with IMAP + OAuth2",
    },
    rule: {
      name: "Rule name",
      sentTo: "Sent to",
      throughAccount: "Through the account",
      subject: "Subject contains (optional)",
      listHint: "Separate several values with commas.",
      folder: "Folder",
      folderHint: "From the top of the mailbox, names separated by /, e.g. Inbox/Gmail",
      category: "Category",
      markAsRead: "Mark as read",
    },
    preview: "Your rules, in each app's format",
    targets: {
      graph: "Outlook.com (Graph)",
      "exchange-powershell": "Exchange PowerShell",
      "outlook-classic": "Classic Outlook steps",
      thunderbird: "Thunderbird",
      sieve: "Sieve",
      gmail: "Gmail",
    },
    copy: "Copy",
    download: "Download {{file}}",
    apply: {
      heading: "Create these rules in your mailbox",
      intro:
        "MailBridge first shows what it would do; nothing changes until you confirm. It never edits or deletes a rule you already have.",
      preview: "Show what would change",
      confirm: "Apply these changes",
      folder: {
        exists: "Folder {{path}} already exists",
        create: "Folder {{path}} will be created",
        created: "Folder {{path}} created",
        failed: "Folder {{path}} could not be created",
      },
      rule: {
        exists: 'Rule "{{name}}" is already there: nothing to do',
        create: 'Rule "{{name}}" will be created',
        created: 'Rule "{{name}}" created',
        conflict: 'A different rule named "{{name}}" exists: left as it is',
        failed: 'Rule "{{name}}" could not be created: run again, it is safe',
      },
    },
  },
  migrate: {
    heading: "Bring your old POP mail back to the server",
    intro:
      "Tell MailBridge what your .pst holds (in Outlook: right-click the .pst > Data File Properties > Folder Size, or count per year). It plans the upload in batches that Outlook handles well.",
    paste: "Folders per year: folder; year; items; size",
    pasteHint:
      "One line per folder and year, e.g. Inbox;2024;3120;1.2 GB (size in MB if no unit). Paste from a spreadsheet or CSV.",
    badLines: "These lines could not be read and are left out: {{lines}}.",
    batchSize: "Largest batch",
    planTitle: "Batches: {{count}} — {{size}}, {{items}} messages",
    spaceOk: "Enough room: {{needed}} to upload, {{free}} free in the mailbox.",
    spaceShort:
      "Not enough room: {{needed}} to upload but only {{free}} free in the mailbox. Empty Deleted Items and Junk, leave old years in the .pst, or move to a larger plan.",
    batch: "{{year}}: {{folders}} — {{size}}, {{items}} messages",
    oversized: "Larger than a batch: move it month by month",
    howTo:
      'For each batch, in order: drag the folder-year from the .pst into the same folder of the Outlook.com mailbox, wait for "All folders are up to date", check it on outlook.live.com, then do the next one.',
    cacheTitle: "Keep mail offline",
    freeDisk: "Free space on this computer's disk (GB)",
    cache: {
      all: 'Set "Mail to keep offline" to All: you have room for a full copy, and search will be fastest.',
      "1year": 'Set "Mail to keep offline" to 1 year: a full copy would fill your disk.',
      "3months": 'Set "Mail to keep offline" to 3 months: your disk is nearly full.',
    },
  },
  monitor: {
    heading: "Follow the upload",
    intro:
      "While Outlook uploads a batch, MailBridge watches the destination folder at Microsoft and shows how far it got.",
    batch: "Batch",
    destination: "Destination folder (e.g. Inbox or Archive/2019)",
    start: "Follow",
    stop: "Stop",
    notFound: "There is no folder {{path}} in the mailbox yet: create it, or check the name.",
    status: "{{arrived}} of {{total}} messages arrived",
    rate: "{{rate}} per minute",
    left: "about {{minutes}} min left",
    done: "This batch is on the server. Check it on the web, then start the next one.",
    stalled:
      'No progress for 15 minutes: is Outlook open and online? Look at the status bar ("Updating this folder" or "Disconnected").',
    throttled: "Microsoft asked us to wait: the next reading comes a little later.",
  },
  settings: {
    incoming: "Incoming",
    outgoing: "Outgoing",
    server: "Server",
    port: "Port",
    security: "Security",
    auth: "Authentication",
    user: "User name",
    password: "Normal password",
    appPassword: "App password (or OAuth2)",
    unknown: "We have no verified settings for this provider: take them from its help pages.",
    noAppPasswords:
      "App passwords no longer work for Microsoft accounts: choose OAuth2 and sign in in Microsoft's window.",
    clients:
      "Thunderbird: Account Settings > Account Actions > Add Mail Account, type the address, then check these values. Apple Mail (Mac, iPhone): add the account as Microsoft Exchange or Google when offered; Apple's IMAP setup has no OAuth2. Classic Outlook: File > Add Account, Advanced options > Let me set up my account manually > IMAP. Phones: the Outlook app or the built-in Microsoft/Google account type.",
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
    standaloneNote:
      "Outside Outlook, account details are not available. Open MailBridge from Outlook's ribbon to see them.",
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
export type DeepStrings<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : DeepStrings<T[K]>;
};
