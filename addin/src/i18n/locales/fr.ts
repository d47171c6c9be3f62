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
    standaloneHint:
      "Utilisez cette page quand Outlook ne s’ouvre plus du tout. Tout ce qui n’a pas besoin d’Outlook fonctionne ici.",
    demo: "Mode démo : aucune application Azure n’est configurée sur ce serveur, les données de messagerie viennent d’une boîte de démonstration simulée.",
    serverUnreachable:
      "Le service MailBridge est injoignable. Vérifiez votre connexion, puis rouvrez ce volet.",
  },
  nav: {
    label: "Rubriques",
    diagnose: "Diagnostic",
    repair: "Réparation",
    unify: "Regrouper",
    migrate: "Migrer",
    account: "Compte",
  },
  signIn: {
    explain:
      "La vérification vous demande de vous connecter avec le compte Microsoft de cette boîte (Outlook.com, Hotmail, Live, MSN, ou compte professionnel ou scolaire). MailBridge ne fait que la lire ; les règles ne sont écrites qu’après vous avoir montré ce qui va changer.",
    signedInAs: "Connecté en tant que {{username}}",
    otherAccount:
      "Vous êtes connecté en tant que {{username}}, mais Outlook affiche {{outlook}} : ces résultats concernent la boîte de {{username}}. Pour vérifier {{outlook}}, connectez-vous avec ce compte.",
    gmailMailbox:
      "Outlook affiche ici une boîte Gmail : la vérification ne lit que les boîtes Microsoft (Outlook.com, Hotmail, Live, Microsoft 365). Connectez-vous avec votre compte Microsoft pour vérifier celle-ci.",
    detail: "Code : {{detail}}",
    errors: {
      cancelled:
        "Connexion annulée : rien n’a été lu dans votre boîte. Cliquez à nouveau sur le bouton quand vous serez prêt.",
      popup_blocked:
        "Votre navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres pop-up pour ce site, puis cliquez à nouveau sur le bouton.",
      dialog_blocked:
        "Outlook n’a pas ouvert la fenêtre de connexion (ignorée ou bloquée). Cliquez à nouveau sur le bouton et autorisez la fenêtre.",
      dialog_failed:
        "La fenêtre de connexion n’a pas pu s’ouvrir ou se charger. Vérifiez votre connexion et réessayez.",
      unsupported_host:
        "Cette version d’Outlook ne permet pas aux compléments de vous connecter. Ouvrez plutôt MailBridge dans votre navigateur : {{url}}",
      not_configured:
        "Ce serveur MailBridge n’est pas configuré pour la connexion (aucune application Azure).",
      consent_required:
        "Votre organisation doit approuver MailBridge avant que vous puissiez l’utiliser. Demandez à votre administrateur de donner son consentement dans le centre d’administration Microsoft Entra.",
      failed:
        "Microsoft n’a pas pu vous connecter à MailBridge. Réessayez ; si cela échoue encore, suivez les étapes de la section Réparation, qui fonctionnent sans connexion.",
    },
  },
  mailbox: {
    heading: "Votre boîte chez Microsoft",
    intro:
      "MailBridge peut vérifier la boîte elle-même (espace, dernier courrier, règles) une fois connecté.",
    introDemo:
      "Démo : ces résultats viennent d’une boîte simulée, lue par les mêmes appels Graph qu’une vraie.",
    plan: "Votre abonnement (taille de la boîte)",
    plans: {
      p15: "Outlook.com gratuit (15 Go)",
      p50: "Microsoft 365 Basic / Personnel (50 Go)",
      p100: "Microsoft 365 Personnel ou Famille, plus de stockage (100 Go)",
    },
    run: "Vérifier ma boîte",
    rerun: "Vérifier à nouveau",
    checking: "Vérification de votre boîte auprès de Microsoft…",
    failed: "La boîte n’a pas pu être vérifiée : {{message}}",
    chart: {
      title: "Espace de la boîte",
      used: "Utilisé",
      usedOf: "{{used}} sur {{quota}}",
      biggest: "Plus gros dossiers",
      reclaimable: "Vider ces dossiers libérerait de la place",
    },
  },
  unify: {
    heading: "Une seule boîte pour tous vos comptes",
    intro:
      "Le POP rassemblait tous les comptes dans un même Outlook. Sans POP, ce sont des règles qui le font : ajoutez vos autres adresses, choisissez comment, et MailBridge écrit les règles pour chaque logiciel.",
    main: "Boîte principale",
    other: "Autre",
    remove: "Retirer",
    addAccount: "Ajouter une adresse à regrouper",
    add: "Ajouter",
    needTwo: "Ajoutez au moins une autre adresse pour construire des règles.",
    strategy: "Comment les regrouper",
    strategies: {
      server:
        "Des règles dans votre boîte Outlook.com, selon l’adresse de destination (les autres comptes y transfèrent)",
      client: "Des règles dans Outlook classique, selon le compte de réception",
      thirdParty: "Un autre logiciel (Thunderbird, un serveur Sieve, Gmail) en IMAP + OAuth2",
    },
    rule: {
      name: "Nom de la règle",
      sentTo: "Envoyé à",
      throughAccount: "Via le compte",
      subject: "L’objet contient (facultatif)",
      listHint: "Séparez plusieurs valeurs par des virgules.",
      folder: "Dossier",
      folderHint: "Depuis le haut de la boîte, noms séparés par /, p. ex. Inbox/Gmail",
      category: "Catégorie",
      markAsRead: "Marquer comme lu",
    },
    preview: "Vos règles, au format de chaque logiciel",
    targets: {
      graph: "Outlook.com (Graph)",
      "exchange-powershell": "Exchange PowerShell",
      "outlook-classic": "Étapes Outlook classique",
      thunderbird: "Thunderbird",
      sieve: "Sieve",
      gmail: "Gmail",
    },
    copy: "Copier",
    download: "Télécharger {{file}}",
    apply: {
      heading: "Créer ces règles dans votre boîte",
      intro:
        "MailBridge montre d’abord ce qu’il ferait ; rien ne change avant votre confirmation. Il ne modifie ni ne supprime jamais une règle existante.",
      preview: "Voir ce qui changerait",
      confirm: "Appliquer ces changements",
      folder: {
        exists: "Le dossier {{path}} existe déjà",
        create: "Le dossier {{path}} sera créé",
        created: "Dossier {{path}} créé",
        failed: "Le dossier {{path}} n’a pas pu être créé",
      },
      rule: {
        exists: "La règle « {{name}} » existe déjà : rien à faire",
        create: "La règle « {{name}} » sera créée",
        created: "Règle « {{name}} » créée",
        conflict: "Une autre règle nommée « {{name}} » existe : laissée telle quelle",
        failed: "La règle « {{name}} » n’a pas pu être créée : relancez, c’est sans risque",
      },
    },
  },
  migrate: {
    heading: "Remettre l’ancien courrier POP sur le serveur",
    intro:
      "Indiquez à MailBridge ce que contient votre .pst (dans Outlook : clic droit sur le .pst > Propriétés du fichier de données > Taille du dossier, ou comptez par année). Il prévoit l’envoi par lots qu’Outlook gère bien.",
    paste: "Dossiers par année : dossier ; année ; éléments ; taille",
    pasteHint:
      "Une ligne par dossier et par année, p. ex. Boîte de réception;2024;3120;1,2 Go (taille en Mo sans unité). Collez depuis un tableur ou un CSV.",
    badLines: "Ces lignes n’ont pas pu être lues et sont ignorées : {{lines}}.",
    batchSize: "Lot le plus gros",
    planTitle: "Lots : {{count}} — {{size}}, {{items}} messages",
    spaceOk: "Assez de place : {{needed}} à envoyer, {{free}} libres dans la boîte.",
    spaceShort:
      "Pas assez de place : {{needed}} à envoyer mais seulement {{free}} libres dans la boîte. Videz Éléments supprimés et Courrier indésirable, laissez les vieilles années dans le .pst, ou passez à un abonnement plus grand.",
    batch: "{{year}} : {{folders}} — {{size}}, {{items}} messages",
    oversized: "Plus gros qu’un lot : déplacez-le mois par mois",
    howTo:
      "Pour chaque lot, dans l’ordre : faites glisser le dossier-année du .pst vers le même dossier de la boîte Outlook.com, attendez « Tous les dossiers sont à jour », vérifiez sur outlook.live.com, puis passez au suivant.",
    cacheTitle: "Conserver le courrier hors connexion",
    freeDisk: "Espace libre sur le disque de cet ordinateur (Go)",
    cache: {
      all: "Réglez « Conserver le courrier hors connexion » sur Tout : vous avez la place pour une copie complète, et la recherche sera la plus rapide.",
      "1year":
        "Réglez « Conserver le courrier hors connexion » sur 1 an : une copie complète remplirait votre disque.",
      "3months":
        "Réglez « Conserver le courrier hors connexion » sur 3 mois : votre disque est presque plein.",
    },
  },
  monitor: {
    heading: "Suivre l’envoi",
    intro:
      "Pendant qu’Outlook envoie un lot, MailBridge surveille le dossier de destination chez Microsoft et affiche l’avancement.",
    batch: "Lot",
    destination: "Dossier de destination (p. ex. Inbox ou Archive/2019)",
    start: "Suivre",
    stop: "Arrêter",
    notFound:
      "Il n’y a pas encore de dossier {{path}} dans la boîte : créez-le, ou vérifiez le nom.",
    status: "{{arrived}} messages arrivés sur {{total}}",
    rate: "{{rate}} par minute",
    left: "environ {{minutes}} min restantes",
    done: "Ce lot est sur le serveur. Vérifiez-le sur le web, puis passez au suivant.",
    stalled:
      "Aucun progrès depuis 15 minutes : Outlook est-il ouvert et en ligne ? Regardez la barre d’état (« Mise à jour de ce dossier » ou « Déconnecté »).",
    throttled: "Microsoft nous demande d’attendre : la prochaine lecture viendra un peu plus tard.",
  },
  settings: {
    incoming: "Entrant",
    outgoing: "Sortant",
    server: "Serveur",
    port: "Port",
    security: "Sécurité",
    auth: "Authentification",
    user: "Nom d’utilisateur",
    password: "Mot de passe habituel",
    appPassword: "Mot de passe d’application (ou OAuth2)",
    unknown:
      "Nous n’avons pas de paramètres vérifiés pour ce fournisseur : reprenez-les de ses pages d’aide.",
    noAppPasswords:
      "Les mots de passe d’application ne fonctionnent plus pour les comptes Microsoft : choisissez OAuth2 et connectez-vous dans la fenêtre Microsoft.",
    clients:
      "Thunderbird : Paramètres des comptes > Gestion des comptes > Ajouter un compte de messagerie, saisissez l’adresse, puis vérifiez ces valeurs. Apple Mail (Mac, iPhone) : ajoutez le compte comme Microsoft Exchange ou Google quand c’est proposé ; la configuration IMAP d’Apple n’a pas d’OAuth2. Outlook classique : Fichier > Ajouter un compte, Options avancées > Configurer mon compte manuellement > IMAP. Téléphones : l’application Outlook ou le type de compte Microsoft/Google intégré.",
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
    standaloneNote:
      "Hors d’Outlook, les détails du compte ne sont pas disponibles. Ouvrez MailBridge depuis le ruban d’Outlook pour les voir.",
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
