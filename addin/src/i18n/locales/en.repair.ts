// English texts of the Diagnose and Repair sections (steps follow the reference procedure; menu
// paths are those of the English Outlook UI).
export const enRepair = {
  diagnose: {
    heading: "What happens with your mail?",
    intro: "Answer what you know; MailBridge checks the rest and tells you what to do.",
    email: "The address that stopped working",
    emailHint: "For example name@hotmail.fr",
    questions: {
      usedPop3: "I used to receive this address over POP3 in Outlook",
      hasPstFiles: "I have .pst data files with old mail",
      outlookOpens: "Outlook does not open, or refuses to add the account",
      wantsThirdPartyClient:
        "I want to read this address in another app (Thunderbird, Apple Mail, a phone)",
    },
    run: "Check my account",
    running: "Checking…",
    results: "Results",
    goToStep: "Show me how",
    failed: "The check could not run: {{message}}",
    severity: { error: "Problem", warning: "To do", info: "Good to know", ok: "OK" },
  },
  repair: {
    heading: "Repair, step by step",
    target: "Outlook to repair",
    targets: {
      "classic-windows": "Classic Outlook for Windows",
      mac: "Outlook for Mac",
      "new-outlook-or-web": "New Outlook or Outlook on the web",
    },
    progress: "{{done}} of {{total}} steps done",
    done: "Done",
    recommended: "Recommended for you",
    why: "Why:",
    showOthers: "Show the {{count}} steps that do not apply to {{target}}",
    hideOthers: "Hide the steps for other versions of Outlook",
    notApplicable: "Not for {{target}}",
    saved: "Your progress is saved: close this pane and come back any time.",
    phases: {
      prepare: "1. Prepare (backups and checks)",
      reconnect: "2. Add the account again with modern sign-in",
      profile: "3. If that fails: a new Outlook profile",
      migrate: "4. Bring your old POP mail back to the server",
      otherApps: "5. Other apps (IMAP + OAuth2 instead of POP)",
      troubleshoot: "6. Still stuck? Troubleshooting",
    },
    steps: {
      backupPst: {
        title: "Back up your .pst files",
        why: "With POP, your mail may exist only in these files on this computer. A copy means nothing can be lost, whatever happens next.",
        how: [
          "In Outlook: File > Account Settings > Account Settings > Data Files tab.",
          "Note the location of each .pst file (often Documents\\Outlook Files).",
          "Close Outlook, then copy those files to a USB drive or another folder.",
        ],
      },
      backupMac: {
        title: "Export your local mail to an archive (.olm)",
        why: "Mail downloaded over POP lives only in your Mac's Outlook profile; an archive keeps a safe copy.",
        how: [
          "In Outlook for Mac: File > Export.",
          "Tick Mail, choose where to save the .olm archive, then Continue.",
        ],
      },
      testWebmail: {
        title: "Check your mailbox on the web",
        why: "If your mail shows at outlook.live.com, your account and mailbox are fine: only the Outlook setup needs repairing.",
        how: [
          "Open https://outlook.live.com in a browser and sign in with the same address.",
          "Check that recent messages are there and that you can send one to yourself.",
        ],
      },
      checkSpace: {
        title: "Check that the mailbox is not full",
        why: "A full mailbox stops receiving mail, which looks exactly like a connection problem.",
        how: [
          "In Outlook on the web: Settings (gear) > General > Storage.",
          "If it is nearly full, empty Deleted Items and Junk Email, or delete large old messages.",
        ],
      },
      noteRules: {
        title: "Write down your rules",
        why: "Rules kept in the old POP account or profile are not carried over; you will recreate them.",
        how: [
          "File > Manage Rules & Alerts.",
          "Take a screenshot or note each rule's conditions and actions.",
        ],
      },
      updateOffice: {
        title: "Install Office updates",
        why: "Old Outlook builds lack fixes to modern sign-in.",
        how: [
          "Windows: File > Office Account > Update Options > Update Now.",
          "Mac: Help > Check for Updates.",
        ],
      },
      readdWindows: {
        title: "Add the account again as Exchange/Outlook.com",
        why: "Outlook's wizard recognises Microsoft addresses and sets them up with Exchange and modern sign-in (OAuth2). There is no OAuth2 box to tick: the Microsoft sign-in window is the modern sign-in.",
        how: [
          "Close Outlook.",
          "Open Control Panel (small icons view) > Mail (Microsoft Outlook).",
          "Click Email Accounts… > New….",
          "Type your address and continue. Do not choose POP or IMAP: let the wizard detect the type.",
          "A Microsoft sign-in window opens: sign in there (and approve the second step if you use two-step verification).",
          "Wait until the account is ready, then start Outlook: mail syncs again.",
        ],
      },
      readdMac: {
        title: "Add the account again in Outlook for Mac",
        why: "Outlook for Mac connects Outlook.com with Microsoft's sign-in window; POP3 is not offered for these addresses.",
        how: [
          "Outlook > Settings > Accounts.",
          "Click + > New Account…, type your address, then Continue.",
          "Sign in in the Microsoft window; the account type chosen should be Outlook.com, not POP.",
        ],
      },
      addNewOutlook: {
        title: "Add the account in the new Outlook",
        why: "The new Outlook and Outlook on the web always use modern sign-in: adding the account there is enough.",
        how: [
          "Settings (gear) > Accounts > Email accounts > Add account.",
          "Type your address and sign in in the Microsoft window.",
        ],
      },
      removePop: {
        title: "Remove the old POP3 account",
        why: "The dead POP account keeps asking for a password and reporting errors. Removing it does not delete its .pst file.",
        how: [
          "Windows: File > Account Settings > Account Settings, select the POP account, click Remove.",
          "Mac: Outlook > Settings > Accounts, select the POP account, click −.",
          "Keep the .pst file: you will open it to bring the old mail back.",
        ],
      },
      newProfile: {
        title: "Create a new Outlook profile",
        why: "A new profile removes leftovers of the POP setup (servers, ports, caches, old rules) that often block modern sign-in. Your .pst files are not touched.",
        how: [
          "Close Outlook.",
          "Control Panel > Mail (Microsoft Outlook) > Show Profiles….",
          "Click Add…, name the profile (for example Outlook-New), then add your address and sign in in the Microsoft window.",
          "Back in Show Profiles, choose Always use this profile > your new profile (or Prompt for a profile to be used), then start Outlook.",
        ],
      },
      openPst: {
        title: "Open your old .pst next to the mailbox",
        why: "Your POP mail stays in the .pst; opening it lets you move it back to the server.",
        how: [
          "File > Open & Export > Open Outlook Data File.",
          "Choose the .pst you backed up: it appears as a separate folder list.",
        ],
      },
      moveInBatches: {
        title: "Move the mail back to the server, year by year",
        why: "Moving everything at once can stall for hours; batches let Outlook upload steadily and let you check each one.",
        how: [
          "Create a folder in the Outlook.com mailbox, for example Archives > 2019.",
          "In the .pst, sort by date and drag one year (or a few thousand messages) into that folder.",
          "Wait until Outlook's status bar says All folders are up to date before the next batch.",
          "Check on outlook.live.com that the messages arrived.",
        ],
      },
      offlineCache: {
        title: "Choose how much mail to keep offline",
        why: "A full local cache makes search fast and mail available offline, but uses disk space.",
        how: [
          "File > Account Settings > Account Settings, select the Exchange account, click Change….",
          "Move the Mail to keep offline slider: All if you have the disk space, otherwise 1 year.",
        ],
      },
      enableImap: {
        title: "Turn on IMAP access for other apps",
        why: "On Outlook.com, IMAP and POP are off by default: other apps fail with a sign-in error until you turn them on.",
        how: [
          "Open https://outlook.live.com > Settings (gear) > Mail > Forwarding and IMAP.",
          "Turn on Let devices and apps use IMAP (and POP only if an app really needs it), then Save.",
        ],
      },
      imapOauthClient: {
        title: "Set up your other app with IMAP and OAuth2",
        why: "IMAP with Microsoft's sign-in window replaces POP: mail stays on the server and every device sees the same folders.",
        how: [
          "Incoming: IMAP, outlook.office365.com, port 993, SSL/TLS, authentication OAuth2.",
          "Outgoing: SMTP, smtp-mail.outlook.com, port 587, STARTTLS, authentication OAuth2.",
          "At the first connection the app opens Microsoft's sign-in window: sign in there. App passwords do not work.",
        ],
      },
      clearCredentials: {
        title: "Clear saved Windows credentials",
        why: "Old saved passwords make Outlook retry the dead password sign-in instead of opening the Microsoft window.",
        how: [
          "Control Panel > Credential Manager > Windows Credentials.",
          "Remove the generic entries that mention Outlook, Office or MicrosoftOffice, then add the account again.",
        ],
      },
      signOutOffice: {
        title: "Sign out of Office and back in",
        why: "Forces a fresh sign-in flow.",
        how: [
          "Windows: File > Office Account > Sign out. Mac: Outlook > Sign Out.",
          "Restart Outlook and add the account again.",
        ],
      },
      safeMode: {
        title: "Start Outlook in safe mode",
        why: "Some add-ins inject their own sign-in forms and break the Microsoft window.",
        how: [
          "Press Windows+R, type outlook.exe /safe and press Enter.",
          "Disable add-ins you do not need (File > Options > Add-ins), then retry.",
        ],
      },
      workSchoolAccess: {
        title: "Check work or school accounts in Windows",
        why: "An old work account connected to Windows can hijack the sign-in.",
        how: [
          "Windows Settings > Accounts > Access work or school.",
          "Disconnect any account you no longer use, then retry.",
        ],
      },
      clearOst: {
        title: "Rebuild Outlook's cache (.ost)",
        why: "A damaged cache can keep the old state; Outlook rebuilds it from the server.",
        how: [
          "Close Outlook.",
          "Open %LOCALAPPDATA%\\Microsoft\\Outlook in File Explorer.",
          "Rename the .ost file of this account (do not touch .pst files), then start Outlook.",
        ],
      },
      antivirus: {
        title: "Pause antivirus mail scanning",
        why: "Some security suites intercept HTTPS or MAPI/HTTP and break the connection.",
        how: [
          "Temporarily turn off the antivirus's mail or HTTPS scanning, add the account, then turn it back on.",
        ],
      },
      autoconfigTest: {
        title: "Test AutoDiscover",
        why: "Shows whether Outlook finds the Outlook.com servers at all.",
        how: [
          "Hold Ctrl and right-click the Outlook icon in the notification area > Test Email AutoConfiguration….",
          "Type your address, tick only Use AutoDiscover, click Test: Outlook.com / Exchange Online addresses should appear.",
        ],
      },
      proxy: {
        title: "Try another network",
        why: "Proxies and filtering networks can block the sign-in window.",
        how: ["Share your phone's connection (4G/5G) and retry the sign-in."],
      },
      managedPc: {
        title: "On a work-managed computer, ask IT",
        why: "Some policies (old registry keys) disable modern sign-in; only an administrator can lift them.",
        how: [
          "Tell your IT support that Outlook cannot use modern authentication for an Outlook.com account.",
        ],
      },
    },
  },
} as const;
