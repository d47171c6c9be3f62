import type { DeepStrings } from "./en.js";
import type { enFaq } from "./en.faq.js";

export const frFaq: DeepStrings<typeof enFaq> = {
  faq: {
    heading: "Questions fréquentes",
    search: "Rechercher dans les réponses",
    noMatch: "Aucune réponse ne correspond. Essayez un autre mot.",
    items: {
      appPassword: {
        q: "Puis-je encore utiliser un « mot de passe d’application » ?",
        a: "Non. Les mots de passe d’application servaient d’exception pour les logiciels sans connexion moderne. La connexion par mot de passe en POP, IMAP et SMTP est retirée pour les comptes Microsoft : les mots de passe d’application échouent aussi. Utilisez un logiciel qui ouvre la fenêtre de connexion Microsoft (OAuth2).",
      },
      noOauthField: {
        q: "Pourquoi n’y a-t-il pas d’option « OAuth2 » ou « Modern Auth » dans Outlook classique ?",
        a: "Outlook classique gère OAuth2 lui-même : la fenêtre de connexion Microsoft qui s’ouvre quand vous ajoutez le compte, c’est la connexion moderne. Tant que cette fenêtre apparaît, vous êtes bien en authentification moderne.",
      },
      imapInClassic: {
        q: "Outlook classique peut-il utiliser IMAP + OAuth2 au lieu d’Exchange ?",
        a: "Il sait parler IMAP, mais pour un compte Microsoft personnel, Exchange/Outlook.com reste le mode natif le plus stable (calendrier, contacts, catégories, boîte de réception Prioritaire). L’IMAP sert surtout dans un autre logiciel.",
      },
      lessSecureApps: {
        q: "Je n’ai plus la case « Autoriser les applications moins sécurisées ». Que faire ?",
        a: "Rien : elle a disparu pour de bon. Il n’y a rien à activer côté compte ; c’est le logiciel (Outlook, Thunderbird…) qui ouvre lui-même la fenêtre Microsoft.",
      },
      newOutlook: {
        q: "Le nouvel Outlook pour Windows peut-il m’aider ?",
        a: "Oui. Le nouvel Outlook et Outlook sur le web utilisent nativement OAuth2 : si votre courrier s’y affiche, votre boîte et votre identité sont saines. Pour garder Outlook classique, réparez plutôt son profil.",
      },
      popFolders: {
        q: "Mes dossiers et archives POP vont-ils disparaître ?",
        a: "Non. Ils restent dans votre fichier .pst. Après avoir ajouté le compte en Exchange, ouvrez le .pst et déplacez sur le serveur ce que vous voulez garder, ou gardez le .pst attaché comme archive.",
      },
      combineAccounts: {
        q: "Comment regrouper plusieurs comptes si le POP n’est plus possible ?",
        a: "Avec des règles Outlook qui rassemblent le courrier, ou avec un logiciel en IMAP + OAuth2 pour chaque fournisseur et sa boîte de réception unifiée. La rubrique Regrouper prépare ces règles pour vous.",
      },
      imapOff: {
        q: "Thunderbird (ou mon téléphone) dit que mon mot de passe est faux, alors qu’il est bon",
        a: "Sur Outlook.com, IMAP et POP sont désactivés par défaut. Activez-les dans Outlook sur le web > Paramètres > Courrier > Transfert et IMAP, et choisissez OAuth2 comme méthode d’authentification dans le logiciel.",
      },
      timeline: {
        q: "Depuis quand ?",
        a: "Microsoft a annoncé la fin de l’authentification de base et l’a déployée progressivement sur les comptes Outlook.com, Hotmail et MSN à partir de 2023 ; le POP, l’IMAP et le SMTP par mot de passe ont cessé de fonctionner pour eux en 2024.",
      },
      mobile: {
        q: "Et sur mon téléphone ?",
        a: "L’application Outlook pour iOS et Android se connecte par la fenêtre Microsoft, sans aucun réglage. Les applications de messagerie intégrées fonctionnent aussi si elles proposent un type de compte Microsoft / Outlook.com (Exchange ActiveSync avec connexion moderne).",
      },
      pinning: {
        q: "Pourquoi ne puis-je pas épingler le volet MailBridge dans Outlook.com ?",
        a: "Outlook ne propose pas de volets épinglables pour les boîtes Outlook.com ; rouvrez MailBridge depuis le bouton Applications du message quand vous en avez besoin. Votre progression est conservée.",
      },
    },
  },
};
