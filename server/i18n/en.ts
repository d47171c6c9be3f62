// English texts of the service (findings). fr.ts must have the same keys (enforced by type and test).
export const en = {
  findings: {
    addressMissing: {
      title: "Which address is it?",
      detail:
        "Outlook is not connected here, so type the address that stopped working: the diagnosis depends on who provides it.",
    },
    providerUnknown: {
      title: "We do not know {{domain}}",
      detail:
        "This domain is not in our catalog. If it is your own domain hosted by Microsoft 365, sign in with it from Outlook to let MailBridge check it; otherwise ask your provider for its IMAP and SMTP settings.",
    },
    providerKnown: {
      title: "{{domain}} is provided by {{provider}}",
      detail: "The checks and steps below are tailored to this provider.",
    },
    pop3PasswordRetired: {
      title: "POP3 with a password no longer works for this address",
      detail:
        'Microsoft switched off password ("basic") sign-in for Outlook.com, Hotmail, Live and MSN addresses. Classic Outlook can only do POP3 with a password, so a POP3 account for this address will keep failing whatever password you type, and there is no OAuth2 box to tick. The fix is to add the address again as an Exchange/Outlook.com account: Outlook then opens Microsoft\'s sign-in window, which is the modern (OAuth2) sign-in.',
    },
    pop3Replaced: {
      title: "This address already works here through Exchange: remove the old POP3 account",
      detail:
        "POP3 with a password cannot work anymore for this address, but this Outlook already has it as an Exchange/Outlook.com account. Remove the old POP3 account (File > Account Settings > Account Settings > select it > Remove) to stop the password prompts and errors; its .pst file stays on your disk, so you can bring its mail back to the server.",
    },
    connectedModern: {
      title: "This mailbox is open here through Exchange/Outlook.com",
      detail:
        "That is the right connection: it uses modern sign-in (OAuth2) and keeps mail, calendar and contacts on the server. Outlook add-ins never run for POP or IMAP accounts, so MailBridge being open here already proves this mailbox is not on POP.",
    },
    connectedOnPremises: {
      title: "This mailbox is on an Exchange server of your organisation",
      detail:
        "Its sign-in rules are set by your organisation, not by Outlook.com. If mail stopped arriving, contact your IT support.",
    },
    connectedGmail: {
      title: "This is a Gmail account opened in Outlook",
      detail:
        "New Outlook and Outlook on the web connect Gmail with Google's own sign-in window (OAuth2); no password needs to be stored.",
    },
    connectedUnknown: {
      title: "This Outlook does not say how the mailbox is connected",
      detail:
        "Older Outlook versions do not report the account type. Add-ins only run for Exchange and Outlook.com mailboxes, so this mailbox is connected through Exchange, not POP.",
    },
    host: {
      "classic-windows": {
        title: "You are in classic Outlook for Windows (version {{version}})",
        detail:
          "The repair uses Control Panel > Mail to add the account again and, if needed, to create a new Outlook profile. Close Outlook before those steps.",
      },
      "new-outlook-or-web": {
        title: "You are in Outlook on the web or the new Outlook",
        detail:
          "These use modern sign-in natively: if your mail shows here, your mailbox and your Microsoft account are healthy and the problem is the configuration of your desktop Outlook. Keep this page open and follow the repair for the Outlook that fails.",
      },
      mac: {
        title: "You are in Outlook for Mac",
        detail:
          "On a Mac, accounts are added from Outlook > Settings > Accounts; there is no Control Panel and no POP3 for Outlook.com.",
      },
      mobile: {
        title: "You are in Outlook on a phone or tablet",
        detail:
          "The Outlook app signs in with Microsoft's window and needs no settings. Do the repair of your computer's Outlook from the computer.",
      },
      standalone: {
        title: "Outlook is not running MailBridge here",
        detail:
          "First check your mailbox on the web (outlook.live.com): if the mail is there, nothing is lost and only the Outlook setup on your computer needs repairing. If Outlook does not open at all, the repair starts with a new profile.",
      },
    },
    appPasswordsObsolete: {
      title: 'App passwords and "less secure apps" will not help',
      detail:
        'App passwords were an exception for apps without modern sign-in. Password sign-in to POP, IMAP and SMTP is now switched off for Microsoft accounts, so an app password fails too, and the "less secure apps" option no longer exists. Use an app that opens Microsoft\'s sign-in window.',
    },
    protocolsOff: {
      microsoft: {
        title: "Turn on IMAP/POP access before using another app",
        detail:
          'IMAP and POP are switched off by default on Outlook.com accounts: Thunderbird, Apple Mail or a phone app fail with a sign-in error until you turn them on in Outlook on the web > Settings (gear) > Mail > Forwarding and IMAP > "Let devices and apps use IMAP" (and POP if needed). Then choose OAuth2 in the app.',
      },
      google: {
        title: "Turn on POP in Gmail if your app uses POP",
        detail:
          "POP is off by default in Gmail: Gmail > Settings > See all settings > Forwarding and POP/IMAP. IMAP is always on. The app must sign in with Google's window (OAuth2) or an app password.",
      },
    },
    backupPst: {
      title: "Back up your .pst files first",
      detail:
        "Mail read over POP was often downloaded and removed from the server: it may exist only in your .pst files. Copy them somewhere safe before changing anything (File > Account Settings > Data Files shows where they are).",
    },
    backupPstMaybe: {
      title: "Your old mail may exist only on this computer",
      detail:
        "POP usually downloads mail into a .pst file and removes it from the server. Before removing the POP account, find and copy its .pst file (File > Account Settings > Data Files).",
    },
    migratePst: {
      title: "Bring your old POP mail back to the server",
      detail:
        "Once the account works again, open the old .pst and move the folders you want to keep into the Outlook.com mailbox, year by year, so they are backed up and visible on all your devices.",
    },
    outlookDoesNotOpen: {
      title: "When Outlook will not open or the account cannot be added, create a new profile",
      detail:
        "Leftovers of the POP setup (servers, ports, caches, old rules) in the current profile often block the switch to modern sign-in. A new Outlook profile starts clean; your .pst files are not touched.",
    },
    hostTooOld: {
      title: "This Outlook is old (Mailbox API {{version}})",
      detail:
        "Versions this old miss fixes to modern sign-in. Install Office updates (File > Office Account > Update Options > Update Now) before the repair.",
    },
    passwordPolicy: {
      allowed: {
        title: "{{provider}} still accepts your normal password in mail apps",
        detail:
          "POP and IMAP with your usual password, over SSL/TLS, keep working for this provider.",
      },
      "app-password": {
        title: "{{provider}} refuses your normal password in mail apps",
        detail:
          "Mail apps must sign in with the provider's own window (OAuth2) or with an app password created in your account's security settings.",
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
        detail:
          "This provider is not in Thunderbird's provider database, and we do not guess server names: take them from the provider's help pages.",
      },
    },
    mailbox: {
      reachable: {
        title: "Your mailbox works on the server ({{address}})",
        detail:
          "MailBridge reached your mailbox at Microsoft: your mail is safe online. If Outlook shows nothing, the problem is Outlook's setup on your computer, not the mailbox.",
      },
      unreachable: {
        denied: {
          title: "Microsoft refused access to the mailbox",
          detail:
            "Check your mailbox again to sign in once more; if this persists, the account may be blocked: open outlook.live.com to see why.",
        },
        throttled: {
          title: "Microsoft is busy: the mailbox could not be checked now",
          detail: "Microsoft asked us to slow down. Try again in a few minutes.",
        },
        error: {
          title: "The mailbox could not be reached",
          detail: "Microsoft's service did not answer correctly. Try again in a few minutes.",
        },
      },
      storage: {
        full: {
          title: "Your mailbox is nearly full: {{used}} of {{quota}} ({{percent}}%)",
          detail:
            "A full mailbox stops receiving mail. The biggest folders: {{biggest}}. Free space before anything else.",
        },
        high: {
          title: "Your mailbox is filling up: {{used}} of {{quota}} ({{percent}}%)",
          detail:
            "The biggest folders: {{biggest}}. Keep an eye on it, especially before moving old mail back to the server.",
        },
        ok: {
          title: "Mailbox space is fine: {{used}} of {{quota}} ({{percent}}%)",
          detail: "The biggest folders: {{biggest}}.",
        },
        cleanup: {
          title: "Emptying Deleted Items and Junk would free {{reclaimable}}",
          detail:
            "In Outlook on the web, right-click Deleted Items (then Junk Email) > Empty folder. Check nothing there is worth keeping first.",
        },
        incomplete: {
          title: "Some folders could not be measured",
          detail:
            "Microsoft did not list every folder level in time, so the total may be a little higher.",
        },
      },
      delivery: {
        recent: {
          title: "Mail is still being delivered (last message {{hours}} h ago)",
          detail:
            "New mail reaches your mailbox: nothing is lost, Outlook only needs to be connected again.",
        },
        stale: {
          title: "No new mail for {{days}} days",
          detail:
            "If you usually get mail every day, check the mailbox space and your rules (a rule may move or forward everything).",
        },
        empty: {
          title: "The inbox is empty",
          detail:
            "Nothing to compare dates with. Send yourself a message from another address to test delivery.",
        },
      },
      rules: {
        notAvailable: {
          title: "Rules cannot be read for this account",
          detail:
            "Microsoft does not let apps read inbox rules of some Outlook.com mailboxes. Check them in Outlook on the web > Settings > Mail > Rules; the Unify section gives you rule files to load yourself.",
        },
        forwardsOut: {
          title: 'Rule "{{rule}}" forwards your mail to {{to}}',
          detail:
            "Forwarding to another address is how intruders empty mailboxes. If you did not create this rule, delete it in Outlook on the web > Settings > Mail > Rules and change your password.",
        },
        inError: {
          title: 'Rule "{{rule}}" is in error',
          detail:
            "It points to something that no longer exists (often a deleted folder) and does nothing. Edit or recreate it.",
        },
        disabled: {
          title: 'Rule "{{rule}}" is turned off',
          detail: "Turn it back on if you still need it, or delete it.",
        },
        deletes: {
          title: 'Rule "{{rule}}" deletes mail',
          detail: "Mail it matches never reaches the inbox. Make sure that is what you want.",
        },
        ok: {
          title: "Inbox rules look fine ({{count}})",
          detail: "No rule forwards mail out, deletes it, or is broken.",
        },
      },
      settings: {
        notAvailable: {
          title: "Mailbox settings cannot be read for this account",
          detail:
            "Microsoft does not let apps read the settings of some Outlook.com mailboxes. This does not affect the repair.",
        },
        autoReplyOn: {
          title: "Automatic replies are turned on",
          detail:
            "Everyone who writes to you gets an automatic answer. Turn it off in Outlook on the web > Settings > Mail > Automatic replies if you are back.",
        },
      },
      couldNotCheck: {
        throttled: {
          title: "Could not check {{what}}: Microsoft is limiting requests",
          detail:
            "Microsoft asked us to slow down. The other checks ran; try again in a few minutes for this one.",
        },
        denied: {
          title: "Could not check {{what}}: access refused",
          detail: "Microsoft refused this part of the mailbox to MailBridge.",
        },
        error: {
          title: "Could not check {{what}}",
          detail:
            "Microsoft's service did not answer correctly for this part. The other checks ran.",
        },
      },
    },
    workAccount: {
      title: "This is a work or school account",
      detail:
        "Your organisation's Microsoft 365 administrator decides which apps and protocols may sign in. Basic authentication is retired there too; if the repair below does not work, contact your IT support.",
    },
  },
  parts: {
    delivery: "the latest mail",
    rules: "the inbox rules",
    settings: "the mailbox settings",
  },
  errors: {
    invalidEmail: "An email address looks like name@example.com.",
  },
} as const;

export type ServerMessages = DeepStrings<typeof en>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
