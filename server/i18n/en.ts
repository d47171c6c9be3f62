// English texts of the service (findings). fr.ts must have the same keys (enforced by type and test).
export const en = {
  findings: {
    addressMissing: {
      title: "Which address is it?",
      detail: "Outlook is not connected here, so type the address that stopped working: the diagnosis depends on who provides it.",
    },
    providerUnknown: {
      title: "We do not know {{domain}}",
      detail: "This domain is not in our catalog. If it is your own domain hosted by Microsoft 365, sign in with it from Outlook to let MailBridge check it; otherwise ask your provider for its IMAP and SMTP settings.",
    },
    providerKnown: {
      title: "{{domain}} is provided by {{provider}}",
      detail: "The checks and steps below are tailored to this provider.",
    },
    pop3PasswordRetired: {
      title: "POP3 with a password no longer works for this address",
      detail: "Microsoft switched off password (\"basic\") sign-in for Outlook.com, Hotmail, Live and MSN addresses. Classic Outlook can only do POP3 with a password, so a POP3 account for this address will keep failing whatever password you type, and there is no OAuth2 box to tick. The fix is to add the address again as an Exchange/Outlook.com account: Outlook then opens Microsoft's sign-in window, which is the modern (OAuth2) sign-in.",
    },
    pop3Replaced: {
      title: "This address already works here through Exchange: remove the old POP3 account",
      detail: "POP3 with a password cannot work anymore for this address, but this Outlook already has it as an Exchange/Outlook.com account. Remove the old POP3 account (File > Account Settings > Account Settings > select it > Remove) to stop the password prompts and errors; its .pst file stays on your disk, so you can bring its mail back to the server.",
    },
    connectedModern: {
      title: "This mailbox is open here through Exchange/Outlook.com",
      detail: "That is the right connection: it uses modern sign-in (OAuth2) and keeps mail, calendar and contacts on the server. Outlook add-ins never run for POP or IMAP accounts, so MailBridge being open here already proves this mailbox is not on POP.",
    },
    connectedOnPremises: {
      title: "This mailbox is on an Exchange server of your organisation",
      detail: "Its sign-in rules are set by your organisation, not by Outlook.com. If mail stopped arriving, contact your IT support.",
    },
    connectedGmail: {
      title: "This is a Gmail account opened in Outlook",
      detail: "New Outlook and Outlook on the web connect Gmail with Google's own sign-in window (OAuth2); no password needs to be stored.",
    },
    connectedUnknown: {
      title: "This Outlook does not say how the mailbox is connected",
      detail: "Older Outlook versions do not report the account type. Add-ins only run for Exchange and Outlook.com mailboxes, so this mailbox is connected through Exchange, not POP.",
    },
    host: {
      "classic-windows": {
        title: "You are in classic Outlook for Windows (version {{version}})",
        detail: "The repair uses Control Panel > Mail to add the account again and, if needed, to create a new Outlook profile. Close Outlook before those steps.",
      },
      "new-outlook-or-web": {
        title: "You are in Outlook on the web or the new Outlook",
        detail: "These use modern sign-in natively: if your mail shows here, your mailbox and your Microsoft account are healthy and the problem is the configuration of your desktop Outlook. Keep this page open and follow the repair for the Outlook that fails.",
      },
      mac: {
        title: "You are in Outlook for Mac",
        detail: "On a Mac, accounts are added from Outlook > Settings > Accounts; there is no Control Panel and no POP3 for Outlook.com.",
      },
      mobile: {
        title: "You are in Outlook on a phone or tablet",
        detail: "The Outlook app signs in with Microsoft's window and needs no settings. Do the repair of your computer's Outlook from the computer.",
      },
      standalone: {
        title: "Outlook is not running MailBridge here",
        detail: "First check your mailbox on the web (outlook.live.com): if the mail is there, nothing is lost and only the Outlook setup on your computer needs repairing. If Outlook does not open at all, the repair starts with a new profile.",
      },
    },
    appPasswordsObsolete: {
      title: "App passwords and \"less secure apps\" will not help",
      detail: "App passwords were an exception for apps without modern sign-in. Password sign-in to POP, IMAP and SMTP is now switched off for Microsoft accounts, so an app password fails too, and the \"less secure apps\" option no longer exists. Use an app that opens Microsoft's sign-in window.",
    },
    protocolsOff: {
      microsoft: {
        title: "Turn on IMAP/POP access before using another app",
        detail: "IMAP and POP are switched off by default on Outlook.com accounts: Thunderbird, Apple Mail or a phone app fail with a sign-in error until you turn them on in Outlook on the web > Settings (gear) > Mail > Forwarding and IMAP > \"Let devices and apps use IMAP\" (and POP if needed). Then choose OAuth2 in the app.",
      },
      google: {
        title: "Turn on POP in Gmail if your app uses POP",
        detail: "POP is off by default in Gmail: Gmail > Settings > See all settings > Forwarding and POP/IMAP. IMAP is always on. The app must sign in with Google's window (OAuth2) or an app password.",
      },
    },
    backupPst: {
      title: "Back up your .pst files first",
      detail: "Mail read over POP was often downloaded and removed from the server: it may exist only in your .pst files. Copy them somewhere safe before changing anything (File > Account Settings > Data Files shows where they are).",
    },
    backupPstMaybe: {
      title: "Your old mail may exist only on this computer",
      detail: "POP usually downloads mail into a .pst file and removes it from the server. Before removing the POP account, find and copy its .pst file (File > Account Settings > Data Files).",
    },
    migratePst: {
      title: "Bring your old POP mail back to the server",
      detail: "Once the account works again, open the old .pst and move the folders you want to keep into the Outlook.com mailbox, year by year, so they are backed up and visible on all your devices.",
    },
    outlookDoesNotOpen: {
      title: "When Outlook will not open or the account cannot be added, create a new profile",
      detail: "Leftovers of the POP setup (servers, ports, caches, old rules) in the current profile often block the switch to modern sign-in. A new Outlook profile starts clean; your .pst files are not touched.",
    },
    hostTooOld: {
      title: "This Outlook is old (Mailbox API {{version}})",
      detail: "Versions this old miss fixes to modern sign-in. Install Office updates (File > Office Account > Update Options > Update Now) before the repair.",
    },
    passwordPolicy: {
      allowed: {
        title: "{{provider}} still accepts your normal password in mail apps",
        detail: "POP and IMAP with your usual password, over SSL/TLS, keep working for this provider.",
      },
      "app-password": {
        title: "{{provider}} refuses your normal password in mail apps",
        detail: "Mail apps must sign in with the provider's own window (OAuth2) or with an app password created in your account's security settings.",
      },
      "oauth2-only": {
        title: "{{provider}} only accepts modern sign-in (OAuth2)",
        detail: "Use an app that opens the provider's sign-in window; passwords are refused.",
      },
      blocked: {
        title: "{{provider}} offers no IMAP access",
        detail: "Use the provider's own app or website.",
      },
      unverified: {
        title: "We could not verify {{provider}}'s server settings",
        detail: "This provider is not in Thunderbird's provider database, and we do not guess server names: take them from the provider's help pages.",
      },
    },
    workAccount: {
      title: "This is a work or school account",
      detail: "Your organisation's Microsoft 365 administrator decides which apps and protocols may sign in. Basic authentication is retired there too; if the repair below does not work, contact your IT support.",
    },
  },
  errors: {
    invalidEmail: "An email address looks like name@example.com.",
  },
} as const;

export type ServerMessages = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
