import type { ServerMessages } from "./en.js";

export const fr: ServerMessages = {
  findings: {
    addressMissing: {
      title: "De quelle adresse s’agit-il ?",
      detail:
        "Outlook n’est pas connecté ici : saisissez l’adresse qui ne fonctionne plus, le diagnostic dépend de son fournisseur.",
    },
    providerUnknown: {
      title: "Nous ne connaissons pas {{domain}}",
      detail:
        "Ce domaine n’est pas dans notre catalogue. S’il s’agit de votre propre domaine hébergé par Microsoft 365, ouvrez MailBridge depuis Outlook avec ce compte pour qu’il soit vérifié ; sinon demandez à votre fournisseur ses paramètres IMAP et SMTP.",
    },
    providerKnown: {
      title: "{{domain}} est fourni par {{provider}}",
      detail: "Les vérifications et les étapes ci-dessous sont adaptées à ce fournisseur.",
    },
    pop3PasswordRetired: {
      title: "Le POP3 avec mot de passe ne fonctionne plus pour cette adresse",
      detail:
        "Microsoft a coupé la connexion par mot de passe (authentification « de base ») pour les adresses Outlook.com, Hotmail, Live et MSN. Outlook classique ne sait faire du POP3 qu’avec un mot de passe : un compte POP3 pour cette adresse échouera quel que soit le mot de passe saisi, et il n’existe aucune case « OAuth2 » à cocher. La solution est d’ajouter à nouveau l’adresse comme compte Exchange/Outlook.com : Outlook ouvre alors la fenêtre de connexion Microsoft, qui est la connexion moderne (OAuth2).",
    },
    pop3Replaced: {
      title: "Cette adresse fonctionne déjà ici en Exchange : supprimez l’ancien compte POP3",
      detail:
        "Le POP3 avec mot de passe ne peut plus fonctionner pour cette adresse, mais cet Outlook l’a déjà en compte Exchange/Outlook.com. Supprimez l’ancien compte POP3 (Fichier > Paramètres du compte > Paramètres du compte > sélectionnez-le > Supprimer) pour faire cesser les demandes de mot de passe et les erreurs ; son fichier .pst reste sur votre disque, vous pourrez donc remettre son courrier sur le serveur.",
    },
    connectedModern: {
      title: "Cette boîte est ouverte ici en Exchange/Outlook.com",
      detail:
        "C’est la bonne connexion : elle utilise la connexion moderne (OAuth2) et garde courrier, calendrier et contacts sur le serveur. Les compléments Outlook ne fonctionnent jamais pour un compte POP ou IMAP : si MailBridge est ouvert ici, cette boîte n’est pas en POP.",
    },
    connectedOnPremises: {
      title: "Cette boîte est sur un serveur Exchange de votre organisation",
      detail:
        "Ses règles de connexion sont fixées par votre organisation, pas par Outlook.com. Si le courrier n’arrive plus, contactez votre service informatique.",
    },
    connectedGmail: {
      title: "Il s’agit d’un compte Gmail ouvert dans Outlook",
      detail:
        "Le nouvel Outlook et Outlook sur le web connectent Gmail par la fenêtre de connexion de Google (OAuth2) ; aucun mot de passe n’est stocké.",
    },
    connectedUnknown: {
      title: "Cet Outlook n’indique pas comment la boîte est connectée",
      detail:
        "Les anciennes versions d’Outlook ne donnent pas le type de compte. Les compléments ne fonctionnent que pour les boîtes Exchange et Outlook.com : cette boîte est donc connectée en Exchange, pas en POP.",
    },
    host: {
      "classic-windows": {
        title: "Vous êtes dans Outlook classique pour Windows (version {{version}})",
        detail:
          "La réparation passe par Panneau de configuration > Courrier pour ajouter à nouveau le compte et, si besoin, créer un nouveau profil Outlook. Fermez Outlook avant ces étapes.",
      },
      "new-outlook-or-web": {
        title: "Vous êtes dans Outlook sur le web ou le nouvel Outlook",
        detail:
          "Ils utilisent nativement la connexion moderne : si votre courrier s’affiche ici, votre boîte et votre compte Microsoft sont sains et le problème vient de la configuration de votre Outlook de bureau. Gardez cette page ouverte et suivez la réparation pour l’Outlook qui échoue.",
      },
      mac: {
        title: "Vous êtes dans Outlook pour Mac",
        detail:
          "Sur Mac, les comptes s’ajoutent depuis Outlook > Réglages > Comptes ; il n’y a ni Panneau de configuration ni POP3 pour Outlook.com.",
      },
      mobile: {
        title: "Vous êtes dans Outlook sur un téléphone ou une tablette",
        detail:
          "L’application Outlook se connecte par la fenêtre Microsoft, sans aucun réglage. Faites la réparation de l’Outlook de votre ordinateur depuis l’ordinateur.",
      },
      standalone: {
        title: "MailBridge ne fonctionne pas dans Outlook ici",
        detail:
          "Vérifiez d’abord votre boîte sur le web (outlook.live.com) : si le courrier y est, rien n’est perdu et seule la configuration d’Outlook sur votre ordinateur est à réparer. Si Outlook ne s’ouvre plus du tout, la réparation commence par un nouveau profil.",
      },
    },
    appPasswordsObsolete: {
      title:
        "Les mots de passe d’application et les « applications moins sécurisées » n’aideront pas",
      detail:
        "Les mots de passe d’application étaient une exception pour les logiciels sans connexion moderne. La connexion par mot de passe en POP, IMAP et SMTP est désormais coupée pour les comptes Microsoft : un mot de passe d’application échoue aussi, et l’option « applications moins sécurisées » n’existe plus. Utilisez un logiciel qui ouvre la fenêtre de connexion Microsoft.",
    },
    protocolsOff: {
      microsoft: {
        title: "Activez l’accès IMAP/POP avant d’utiliser un autre logiciel",
        detail:
          "IMAP et POP sont désactivés par défaut sur les comptes Outlook.com : Thunderbird, Apple Mail ou une application de téléphone échouent avec une erreur de connexion tant que vous ne les activez pas dans Outlook sur le web > Paramètres (roue dentée) > Courrier > Transfert et IMAP > « Autoriser les appareils et les applications à utiliser IMAP » (et POP si besoin). Choisissez ensuite OAuth2 dans le logiciel.",
      },
      google: {
        title: "Activez le POP dans Gmail si votre logiciel utilise le POP",
        detail:
          "Le POP est désactivé par défaut dans Gmail : Gmail > Paramètres > Voir tous les paramètres > Transfert et POP/IMAP. L’IMAP est toujours actif. Le logiciel doit se connecter par la fenêtre Google (OAuth2) ou avec un mot de passe d’application.",
      },
    },
    backupPst: {
      title: "Sauvegardez d’abord vos fichiers .pst",
      detail:
        "Le courrier relevé en POP a souvent été téléchargé puis supprimé du serveur : il n’existe peut-être que dans vos fichiers .pst. Copiez-les en lieu sûr avant toute modification (Fichier > Paramètres du compte > Fichiers de données indique où ils sont).",
    },
    backupPstMaybe: {
      title: "Votre ancien courrier n’existe peut-être que sur cet ordinateur",
      detail:
        "Le POP télécharge généralement le courrier dans un fichier .pst et le supprime du serveur. Avant de supprimer le compte POP, repérez et copiez son fichier .pst (Fichier > Paramètres du compte > Fichiers de données).",
    },
    migratePst: {
      title: "Remettez votre ancien courrier POP sur le serveur",
      detail:
        "Une fois le compte rétabli, ouvrez l’ancien .pst et déplacez les dossiers à conserver vers la boîte Outlook.com, année par année : ils seront sauvegardés et visibles sur tous vos appareils.",
    },
    outlookDoesNotOpen: {
      title: "Si Outlook ne s’ouvre pas ou refuse le compte, créez un nouveau profil",
      detail:
        "Les restes de la configuration POP (serveurs, ports, caches, anciennes règles) dans le profil actuel bloquent souvent le passage à la connexion moderne. Un nouveau profil Outlook repart de zéro ; vos fichiers .pst ne sont pas touchés.",
    },
    hostTooOld: {
      title: "Cet Outlook est ancien (API Mailbox {{version}})",
      detail:
        "Les versions aussi anciennes manquent de correctifs pour la connexion moderne. Installez les mises à jour d’Office (Fichier > Compte Office > Options de mise à jour > Mettre à jour) avant la réparation.",
    },
    passwordPolicy: {
      allowed: {
        title:
          "{{provider}} accepte encore votre mot de passe habituel dans les logiciels de messagerie",
        detail:
          "Le POP et l’IMAP avec votre mot de passe habituel, en SSL/TLS, fonctionnent toujours chez ce fournisseur.",
      },
      "app-password": {
        title: "{{provider}} refuse votre mot de passe habituel dans les logiciels de messagerie",
        detail:
          "Les logiciels doivent se connecter par la fenêtre du fournisseur (OAuth2) ou avec un mot de passe d’application créé dans les paramètres de sécurité de votre compte.",
      },
      "oauth2-only": {
        title: "{{provider}} n’accepte que la connexion moderne (OAuth2)",
        detail:
          "Utilisez un logiciel qui ouvre la fenêtre de connexion du fournisseur ; les mots de passe sont refusés.",
      },
      blocked: {
        title: "{{provider}} ne propose pas d’accès IMAP",
        detail: "Utilisez l’application ou le site du fournisseur.",
      },
      unverified: {
        title: "Nous n’avons pas pu vérifier les paramètres de serveur de {{provider}}",
        detail:
          "Ce fournisseur n’est pas dans la base de Thunderbird et nous ne devinons pas les noms de serveurs : reprenez-les des pages d’aide du fournisseur.",
      },
    },
    mailbox: {
      reachable: {
        title: "Votre boîte fonctionne sur le serveur ({{address}})",
        detail:
          "MailBridge a joint votre boîte chez Microsoft : votre courrier est en sécurité en ligne. Si Outlook n’affiche rien, le problème vient de la configuration d’Outlook sur votre ordinateur, pas de la boîte.",
      },
      unreachable: {
        denied: {
          title: "Microsoft a refusé l’accès à la boîte",
          detail:
            "Vérifiez à nouveau votre boîte pour vous reconnecter ; si cela continue, le compte est peut-être bloqué : ouvrez outlook.live.com pour savoir pourquoi.",
        },
        throttled: {
          title: "Microsoft est occupé : la boîte n’a pas pu être vérifiée",
          detail: "Microsoft nous demande de ralentir. Réessayez dans quelques minutes.",
        },
        error: {
          title: "La boîte n’a pas pu être jointe",
          detail:
            "Le service de Microsoft n’a pas répondu correctement. Réessayez dans quelques minutes.",
        },
      },
      storage: {
        full: {
          title: "Votre boîte est presque pleine : {{used}} sur {{quota}} ({{percent}} %)",
          detail:
            "Une boîte pleine ne reçoit plus de courrier. Les plus gros dossiers : {{biggest}}. Libérez de la place avant toute chose.",
        },
        high: {
          title: "Votre boîte se remplit : {{used}} sur {{quota}} ({{percent}} %)",
          detail:
            "Les plus gros dossiers : {{biggest}}. Surveillez-la, surtout avant de remettre d’anciens messages sur le serveur.",
        },
        ok: {
          title: "L’espace de la boîte va bien : {{used}} sur {{quota}} ({{percent}} %)",
          detail: "Les plus gros dossiers : {{biggest}}.",
        },
        cleanup: {
          title: "Vider Éléments supprimés et Courrier indésirable libérerait {{reclaimable}}",
          detail:
            "Dans Outlook sur le web, clic droit sur Éléments supprimés (puis Courrier indésirable) > Vider le dossier. Vérifiez d’abord qu’il n’y a rien à garder.",
        },
        incomplete: {
          title: "Certains dossiers n’ont pas pu être mesurés",
          detail:
            "Microsoft n’a pas listé tous les niveaux de dossiers à temps : le total peut être un peu plus élevé.",
        },
      },
      delivery: {
        recent: {
          title: "Le courrier arrive toujours (dernier message il y a {{hours}} h)",
          detail:
            "Le nouveau courrier atteint votre boîte : rien n’est perdu, il faut seulement reconnecter Outlook.",
        },
        stale: {
          title: "Aucun nouveau message depuis {{days}} jours",
          detail:
            "Si vous recevez habituellement du courrier chaque jour, vérifiez l’espace de la boîte et vos règles (une règle peut tout déplacer ou transférer).",
        },
        empty: {
          title: "La boîte de réception est vide",
          detail:
            "Rien à comparer. Envoyez-vous un message depuis une autre adresse pour tester la réception.",
        },
      },
      rules: {
        notAvailable: {
          title: "Les règles ne peuvent pas être lues pour ce compte",
          detail:
            "Microsoft ne laisse pas les applications lire les règles de certaines boîtes Outlook.com. Vérifiez-les dans Outlook sur le web > Paramètres > Courrier > Règles ; la rubrique Regrouper vous donne des fichiers de règles à charger vous-même.",
        },
        forwardsOut: {
          title: "La règle « {{rule}} » transfère votre courrier vers {{to}}",
          detail:
            "Le transfert vers une autre adresse est la façon dont les intrus vident les boîtes. Si vous n’avez pas créé cette règle, supprimez-la dans Outlook sur le web > Paramètres > Courrier > Règles et changez votre mot de passe.",
        },
        inError: {
          title: "La règle « {{rule}} » est en erreur",
          detail:
            "Elle pointe vers quelque chose qui n’existe plus (souvent un dossier supprimé) et ne fait rien. Modifiez-la ou recréez-la.",
        },
        disabled: {
          title: "La règle « {{rule}} » est désactivée",
          detail: "Réactivez-la si vous en avez encore besoin, ou supprimez-la.",
        },
        deletes: {
          title: "La règle « {{rule}} » supprime du courrier",
          detail:
            "Les messages qu’elle reconnaît n’arrivent jamais dans la boîte de réception. Vérifiez que c’est bien voulu.",
        },
        ok: {
          title: "Les règles de la boîte de réception semblent correctes ({{count}})",
          detail:
            "Aucune règle ne transfère le courrier à l’extérieur, ne le supprime ou n’est cassée.",
        },
      },
      settings: {
        notAvailable: {
          title: "Les paramètres de la boîte ne peuvent pas être lus pour ce compte",
          detail:
            "Microsoft ne laisse pas les applications lire les paramètres de certaines boîtes Outlook.com. Cela n’affecte pas la réparation.",
        },
        autoReplyOn: {
          title: "Les réponses automatiques sont activées",
          detail:
            "Toute personne qui vous écrit reçoit une réponse automatique. Désactivez-les dans Outlook sur le web > Paramètres > Courrier > Réponses automatiques si vous êtes de retour.",
        },
      },
      couldNotCheck: {
        throttled: {
          title: "Impossible de vérifier {{what}} : Microsoft limite les requêtes",
          detail:
            "Microsoft nous demande de ralentir. Les autres vérifications ont eu lieu ; réessayez celle-ci dans quelques minutes.",
        },
        denied: {
          title: "Impossible de vérifier {{what}} : accès refusé",
          detail: "Microsoft a refusé cette partie de la boîte à MailBridge.",
        },
        error: {
          title: "Impossible de vérifier {{what}}",
          detail:
            "Le service de Microsoft n’a pas répondu correctement pour cette partie. Les autres vérifications ont eu lieu.",
        },
      },
    },
    workAccount: {
      title: "Il s’agit d’un compte professionnel ou scolaire",
      detail:
        "L’administrateur Microsoft 365 de votre organisation décide des logiciels et protocoles autorisés. L’authentification de base y est aussi retirée ; si la réparation ci-dessous ne suffit pas, contactez votre service informatique.",
    },
  },
  parts: {
    delivery: "le dernier courrier",
    rules: "les règles de la boîte",
    settings: "les paramètres de la boîte",
  },
  errors: {
    invalidEmail: "Une adresse e-mail ressemble à nom@exemple.fr.",
  },
};
