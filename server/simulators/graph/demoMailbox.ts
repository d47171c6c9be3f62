// The demo mailbox served by `npm start` in demo mode: a French Outlook.com user who read her mail over
// POP3 for years. Nearly full (storage pressure), a forwarding rule to an outside address, a disabled
// rule and a rule in error, so every mailbox check has something to say; and a search folder, whose
// messages live elsewhere and must not be counted twice.
import type { MailboxSeed } from "./mailbox.js";

const MB = 1024 * 1024;
const daysAgo = (now: Date, days: number) =>
  new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();

export function demoMailbox(now: Date = new Date()): MailboxSeed {
  const years = [2019, 2020, 2021, 2022, 2023, 2024];
  return {
    user: {
      id: "demo-user-0001",
      displayName: "Marie Dupont (démo)",
      mail: "marie.dupont@hotmail.fr",
    },
    folders: [
      {
        name: "Boîte de réception",
        wellKnownName: "inbox",
        items: 6241,
        unread: 37,
        sizeBytes: 2900 * MB,
        messageDates: [daysAgo(now, 0.2), daysAgo(now, 1), daysAgo(now, 2)],
        children: [
          { name: "Factures", items: 412, sizeBytes: 310 * MB },
          { name: "Famille", items: 1830, sizeBytes: 2150 * MB },
        ],
      },
      { name: "Éléments envoyés", wellKnownName: "sentitems", items: 3120, sizeBytes: 1400 * MB },
      { name: "Brouillons", wellKnownName: "drafts", items: 4, sizeBytes: 1 * MB },
      {
        name: "Éléments supprimés",
        wellKnownName: "deleteditems",
        items: 9876,
        sizeBytes: 2600 * MB,
      },
      {
        name: "Courrier indésirable",
        wellKnownName: "junkemail",
        items: 1544,
        sizeBytes: 380 * MB,
      },
      {
        name: "Archive",
        wellKnownName: "archive",
        items: 0,
        sizeBytes: 0,
        children: years.map((year, index) => ({
          name: String(year),
          items: 800 + index * 150,
          sizeBytes: (520 + index * 110) * MB,
        })),
      },
      {
        // Outlook's "Large mail" search folder: big messages from everywhere, already counted where they live.
        name: "Courrier volumineux",
        items: 640,
        sizeBytes: 4100 * MB,
        search: {
          filterQuery:
            "singleValueExtendedProperties/any(p: p/id eq 'Integer 0x0E08' and cast(p/value, Edm.Int32) gt 1048576)",
          sources: ["inbox", "sentitems", "archive"],
        },
      },
    ],
    rules: [
      {
        displayName: "Tout transférer vers Gmail",
        sequence: 1,
        isEnabled: true,
        conditions: {},
        actions: {
          forwardTo: [{ emailAddress: { name: "Marie", address: "marie.dupont.perso@gmail.com" } }],
          stopProcessingRules: false,
        },
      },
      {
        displayName: "Newsletters → Indésirables",
        sequence: 2,
        isEnabled: false,
        conditions: { subjectContains: ["newsletter"] },
        actions: {},
        folderPaths: { moveToFolder: ["Courrier indésirable"] },
      },
      {
        displayName: "Factures EDF",
        sequence: 3,
        isEnabled: true,
        hasError: true,
        conditions: { fromAddresses: [{ emailAddress: { address: "factures@edf.fr" } }] },
        actions: { moveToFolder: "AAMkDeletedFolderThatNoLongerExists" },
      },
      {
        displayName: "Supprimer les promotions",
        sequence: 4,
        isEnabled: true,
        conditions: { subjectContains: ["promo"] },
        actions: { delete: true },
      },
    ],
    mailboxSettings: {
      timeZone: "Romance Standard Time",
      language: { locale: "fr-FR", displayName: "français (France)" },
      automaticRepliesSetting: {
        status: "alwaysEnabled",
        externalAudience: "all",
        internalReplyMessage: "<p>Absente</p>",
        externalReplyMessage: "<p>Absente</p>",
        scheduledStartDateTime: { dateTime: "2026-07-01T08:00:00.0000000", timeZone: "UTC" },
        scheduledEndDateTime: { dateTime: "2026-07-31T18:00:00.0000000", timeZone: "UTC" },
      },
      dateFormat: "dd/MM/yyyy",
      timeFormat: "HH:mm",
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: "09:00:00.0000000",
        endTime: "18:00:00.0000000",
        timeZone: { name: "Romance Standard Time" },
      },
      delegateMeetingMessageDeliveryOptions: "sendToDelegateOnly",
      userPurpose: "user",
    },
  };
}
