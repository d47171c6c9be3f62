import type { ServerMessages } from "./en.js";

export const fr: ServerMessages = {
  findings: {
    addressMissing: {
      title: "De quelle adresse s’agit-il ?",
      detail: "Outlook n’est pas connecté ici : saisissez l’adresse qui ne fonctionne plus, le diagnostic dépend de son fournisseur.",
    },
    providerUnknown: {
      title: "Nous ne connaissons pas {{domain}}",
      detail: "Ce domaine n’est pas dans notre catalogue. S’il s’agit de votre propre domaine hébergé par Microsoft 365, ouvrez MailBridge depuis Outlook avec ce compte pour qu’il soit vérifié ; sinon demandez à votre fournisseur ses paramètres IMAP et SMTP.",
    },
    providerKnown: {
      title: "{{domain}} est fourni par {{provider}}",
      detail: "Les vérifications et les étapes ci-dessous sont adaptées à ce fournisseur.",
    },
    pop3PasswordRetired: {
      title: "Le POP3 avec mot de passe ne fonctionne plus pour cette adresse",
      detail: "Microsoft a coupé la connexion par mot de passe (authentification « de base ») pour les adresses Outlook.com, Hotmail, Live et MSN. Outlook classique ne sait faire du POP3 qu’avec un mot de passe : un compte POP3 pour cette adresse échouera quel que soit le mot de passe saisi, et il n’existe aucune case « OAuth2 » à cocher. La solution est d’ajouter à nouveau l’adresse comme compte Exchange/Outlook.com : Outlook ouvre alors la fenêtre de connexion Microsoft, qui est la connexion moderne (OAuth2).",
    },
    pop3Replaced: {
      title: "Cette adresse fonctionne déjà ici en Exchange : supprimez l’ancien compte POP3",
      detail: "Le POP3 avec mot de passe ne peut plus fonctionner pour cette adresse, mais cet Outlook l’a déjà en compte Exchange/Outlook.com. Supprimez l’ancien compte POP3 (Fichier > Paramètres du compte > Paramètres du compte > sélectionnez-le > Supprimer) pour faire cesser les demandes de mot de passe et les erreurs ; son fichier .pst reste sur votre disque, vous pourrez donc remettre son courrier sur le serveur.",
    },
    connectedModern: {
      title: "Cette boîte est ouverte ici en Exchange/Outlook.com",
      detail: "C’est la bonne connexion : elle utilise la connexion moderne (OAuth2) et garde courrier, calendrier et contacts sur le serveur. Les compléments Outlook ne fonctionnent jamais pour un compte POP ou IMAP : si MailBridge est ouvert ici, cette boîte n’est pas en POP.",
    },
    connectedOnPremises: {
      title: "Cette boîte est sur un serveur Exchange de votre organisation",
      detail: "Ses règles de connexion sont fixées par votre organisation, pas par Outlook.com. Si le courrier n’arrive plus, contactez votre service informatique.",
    },
    connectedGmail: {
      title: "Il s’agit d’un compte Gmail ouvert dans Outlook",
      detail: "Le nouvel Outlook et Outlook sur le web connectent Gmail par la fenêtre de connexion de Google (OAuth2) ; aucun mot de passe n’est stocké.",
    },
    connectedUnknown: {
      title: "Cet Outlook n’indique pas comment la boîte est connectée",
      detail: "Les anciennes versions d’Outlook ne donnent pas le type de compte. Les compléments ne fonctionnent que pour les boîtes Exchange et Outlook.com : cette boîte est donc connectée en Exchange, pas en POP.",
    },
    host: {
      "classic-windows": {
        title: "Vous êtes dans Outlook classique pour Windows (version {{version}})",
        detail: "La réparation passe par Panneau de configuration > Courrier pour ajouter à nouveau le compte et, si besoin, créer un nouveau profil Outlook. Fermez Outlook avant ces étapes.",
      },
      "new-outlook-or-web": {
        title: "Vous êtes dans Outlook sur le web ou le nouvel Outlook",
        detail: "Ils utilisent nativement la connexion moderne : si votre courrier s’affiche ici, votre boîte et votre compte Microsoft sont sains et le problème vient de la configuration de votre Outlook de bureau. Gardez cette page ouverte et suivez la réparation pour l’Outlook qui échoue.",
      },
      mac: {
        title: "Vous êtes dans Outlook pour Mac",
        detail: "Sur Mac, les comptes s’ajoutent depuis Outlook > Réglages > Comptes ; il n’y a ni Panneau de configuration ni POP3 pour Outlook.com.",
      },
      mobile: {
        title: "Vous êtes dans Outlook sur un téléphone ou une tablette",
        detail: "L’application Outlook se connecte par la fenêtre Microsoft, sans aucun réglage. Faites la réparation de l’Outlook de votre ordinateur depuis l’ordinateur.",
      },
      standalone: {
        title: "MailBridge ne fonctionne pas dans Outlook ici",
        detail: "Vérifiez d’abord votre boîte sur le web (outlook.live.com) : si le courrier y est, rien n’est perdu et seule la configuration d’Outlook sur votre ordinateur est à réparer. Si Outlook ne s’ouvre plus du tout, la réparation commence par un nouveau profil.",
      },
    },
    appPasswordsObsolete: {
      title: "Les mots de passe d’application et les « applications moins sécurisées » n’aideront pas",
      detail: "Les mots de passe d’application étaient une exception pour les logiciels sans connexion moderne. La connexion par mot de passe en POP, IMAP et SMTP est désormais coupée pour les comptes Microsoft : un mot de passe d’application échoue aussi, et l’option « applications moins sécurisées » n’existe plus. Utilisez un logiciel qui ouvre la fenêtre de connexion Microsoft.",
    },
    protocolsOff: {
      microsoft: {
        title: "Activez l’accès IMAP/POP avant d’utiliser un autre logiciel",
        detail: "IMAP et POP sont désactivés par défaut sur les comptes Outlook.com : Thunderbird, Apple Mail ou une application de téléphone échouent avec une erreur de connexion tant que vous ne les activez pas dans Outlook sur le web > Paramètres (roue dentée) > Courrier > Transfert et IMAP > « Autoriser les appareils et les applications à utiliser IMAP » (et POP si besoin). Choisissez ensuite OAuth2 dans le logiciel.",
      },
      google: {
        title: "Activez le POP dans Gmail si votre logiciel utilise le POP",
        detail: "Le POP est désactivé par défaut dans Gmail : Gmail > Paramètres > Voir tous les paramètres > Transfert et POP/IMAP. L’IMAP est toujours actif. Le logiciel doit se connecter par la fenêtre Google (OAuth2) ou avec un mot de passe d’application.",
      },
    },
    backupPst: {
      title: "Sauvegardez d’abord vos fichiers .pst",
      detail: "Le courrier relevé en POP a souvent été téléchargé puis supprimé du serveur : il n’existe peut-être que dans vos fichiers .pst. Copiez-les en lieu sûr avant toute modification (Fichier > Paramètres du compte > Fichiers de données indique où ils sont).",
    },
    backupPstMaybe: {
      title: "Votre ancien courrier n’existe peut-être que sur cet ordinateur",
      detail: "Le POP télécharge généralement le courrier dans un fichier .pst et le supprime du serveur. Avant de supprimer le compte POP, repérez et copiez son fichier .pst (Fichier > Paramètres du compte > Fichiers de données).",
    },
    migratePst: {
      title: "Remettez votre ancien courrier POP sur le serveur",
      detail: "Une fois le compte rétabli, ouvrez l’ancien .pst et déplacez les dossiers à conserver vers la boîte Outlook.com, année par année : ils seront sauvegardés et visibles sur tous vos appareils.",
    },
    outlookDoesNotOpen: {
      title: "Si Outlook ne s’ouvre pas ou refuse le compte, créez un nouveau profil",
      detail: "Les restes de la configuration POP (serveurs, ports, caches, anciennes règles) dans le profil actuel bloquent souvent le passage à la connexion moderne. Un nouveau profil Outlook repart de zéro ; vos fichiers .pst ne sont pas touchés.",
    },
    hostTooOld: {
      title: "Cet Outlook est ancien (API Mailbox {{version}})",
      detail: "Les versions aussi anciennes manquent de correctifs pour la connexion moderne. Installez les mises à jour d’Office (Fichier > Compte Office > Options de mise à jour > Mettre à jour) avant la réparation.",
    },
    passwordPolicy: {
      allowed: {
        title: "{{provider}} accepte encore votre mot de passe habituel dans les logiciels de messagerie",
        detail: "Le POP et l’IMAP avec votre mot de passe habituel, en SSL/TLS, fonctionnent toujours chez ce fournisseur.",
      },
      "app-password": {
        title: "{{provider}} refuse votre mot de passe habituel dans les logiciels de messagerie",
        detail: "Les logiciels doivent se connecter par la fenêtre du fournisseur (OAuth2) ou avec un mot de passe d’application créé dans les paramètres de sécurité de votre compte.",
      },
      "oauth2-only": {
        title: "{{provider}} n’accepte que la connexion moderne (OAuth2)",
        detail: "Utilisez un logiciel qui ouvre la fenêtre de connexion du fournisseur ; les mots de passe sont refusés.",
      },
      blocked: {
        title: "{{provider}} ne propose pas d’accès IMAP",
        detail: "Utilisez l’application ou le site du fournisseur.",
      },
      unverified: {
        title: "Nous n’avons pas pu vérifier les paramètres de serveur de {{provider}}",
        detail: "Ce fournisseur n’est pas dans la base de Thunderbird et nous ne devinons pas les noms de serveurs : reprenez-les des pages d’aide du fournisseur.",
      },
    },
    workAccount: {
      title: "Il s’agit d’un compte professionnel ou scolaire",
      detail: "L’administrateur Microsoft 365 de votre organisation décide des logiciels et protocoles autorisés. L’authentification de base y est aussi retirée ; si la réparation ci-dessous ne suffit pas, contactez votre service informatique.",
    },
  },
  errors: {
    invalidEmail: "Une adresse e-mail ressemble à nom@exemple.fr.",
  },
};
