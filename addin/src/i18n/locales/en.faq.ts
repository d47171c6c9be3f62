// The reference guide's FAQ, plus what it leaves out, as searchable answers.
export const enFaq = {
  faq: {
    heading: "Questions people ask",
    search: "Search the answers",
    noMatch: "No answer matches. Try another word.",
    items: {
      appPassword: {
        q: "Can I still use an app password?",
        a: "No. App passwords were an exception for apps without modern sign-in. Password sign-in to POP, IMAP and SMTP has been removed for Microsoft accounts, so app passwords fail too. Use an app that opens Microsoft's sign-in window (OAuth2).",
      },
      noOauthField: {
        q: "Why is there no OAuth2 or Modern Auth option in classic Outlook?",
        a: "Classic Outlook handles OAuth2 itself: the Microsoft sign-in window that opens when you add the account is the modern sign-in. As long as that window appears, you are using modern authentication.",
      },
      imapInClassic: {
        q: "Can classic Outlook use IMAP with OAuth2 instead of Exchange?",
        a: "It can speak IMAP, but for a personal Microsoft account Exchange/Outlook.com is the native and most stable mode (calendar, contacts, categories, Focused Inbox). IMAP is mostly useful in other apps.",
      },
      lessSecureApps: {
        q: 'The "Allow less secure apps" option has disappeared. What do I do?',
        a: "Nothing: it is gone for good. There is nothing to switch on in your account; the app (Outlook, Thunderbird…) opens the Microsoft window itself.",
      },
      newOutlook: {
        q: "Can the new Outlook for Windows help?",
        a: "Yes. The new Outlook and Outlook on the web use OAuth2 natively: if your mail shows there, your mailbox and your identity are healthy. To keep the classic desktop Outlook, repair its profile.",
      },
      popFolders: {
        q: "Will my POP folders and archives disappear?",
        a: "No. They stay in your .pst file. After adding the account as Exchange, open the .pst and move what you want to keep to the server, or keep the .pst attached as an archive.",
      },
      combineAccounts: {
        q: "How do I gather several accounts if POP is no longer possible?",
        a: "Use Outlook rules to bring mail together, or an app with IMAP + OAuth2 for each provider and its unified inbox. The Unify section builds those rules for you.",
      },
      imapOff: {
        q: "Thunderbird (or my phone) says my password is wrong, but it is right",
        a: "On Outlook.com, IMAP and POP are switched off by default. Turn them on in Outlook on the web > Settings > Mail > Forwarding and IMAP, and choose OAuth2 as the authentication in the app.",
      },
      timeline: {
        q: "When did this change?",
        a: "Microsoft announced the end of basic authentication and rolled it out progressively to Outlook.com, Hotmail and MSN accounts from 2023 on; password POP, IMAP and SMTP stopped working for them in 2024.",
      },
      mobile: {
        q: "What about my phone?",
        a: "The Outlook app for iOS and Android signs in with Microsoft's window and needs no settings. The built-in mail apps work too if they offer a Microsoft / Outlook.com account type (they use Exchange ActiveSync with modern sign-in).",
      },
      pinning: {
        q: "Why can't I pin MailBridge's pane in Outlook.com?",
        a: "Outlook does not offer pinnable panes for Outlook.com mailboxes; open MailBridge again from the message's Apps button when you need it. Your progress is kept.",
      },
    },
  },
} as const;
