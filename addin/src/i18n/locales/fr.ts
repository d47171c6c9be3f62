import type { Messages } from "./en.js";
import { frRepair } from "./fr.repair.js";
import { frFaq } from "./fr.faq.js";

export const fr: Messages = {
  app: {
    title: "MailBridge",
    tagline: "Retrouvez votre courrier Outlook.com / Hotmail après la fin des mots de passe POP3.",
    loading: "Démarrage…",
    language: "Langue",
  },
  mode: {
    outlook: "Connecté à Outlook",
    standalone: "Mode autonome : MailBridge fonctionne dans votre navigateur, hors d’Outlook.",
    standaloneHint: "Utilisez cette page quand Outlook ne s’ouvre plus du tout. Tout ce qui n’a pas besoin d’Outlook fonctionne ici.",
    demo: "Mode démo : aucune application Azure n’est configurée sur ce serveur, les données de messagerie viennent d’une boîte de démonstration simulée.",
    serverUnreachable: "Le service MailBridge est injoignable. Vérifiez votre connexion, puis rouvrez ce volet.",
  },
  nav: {
    label: "Rubriques",
    diagnose: "Diagnostic",
    repair: "Réparation",
    unify: "Regrouper",
    migrate: "Migrer",
    account: "Compte",
  },
  pending: {
    title: "Pas encore disponible",
    body: "Cette rubrique est en cours de construction. La rubrique Compte montre déjà ce qu’Outlook indique sur votre compte.",
  },
  account: {
    heading: "Votre compte tel qu’Outlook le décrit",
    email: "Adresse e-mail",
    displayName: "Nom",
    accountType: "Type de compte",
    hostName: "Application Outlook",
    hostVersion: "Version",
    platform: "Plateforme",
    displayLanguage: "Langue d’affichage",
    requirementSets: "Versions de l’API Mailbox prises en charge",
    unknown: "Non communiqué",
    noneSupported: "Aucune indiquée",
    standaloneNote: "Hors d’Outlook, les détails du compte ne sont pas disponibles. Ouvrez MailBridge depuis le ruban d’Outlook pour les voir.",
    accountTypes: {
      outlookCom: "Outlook.com / Hotmail (compte Microsoft personnel)",
      office365: "Microsoft 365 (professionnel ou scolaire)",
      enterprise: "Exchange local (entreprise)",
      gmail: "Gmail",
    },
    platforms: {
      PC: "Windows (Outlook classique)",
      OfficeOnline: "Outlook sur le web ou nouvel Outlook",
      Mac: "Mac",
      iOS: "iPhone / iPad",
      Android: "Android",
      Universal: "Windows (Universal)",
    },
  },
  ...frRepair,
  ...frFaq,
};
