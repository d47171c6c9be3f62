// Textes français des rubriques Diagnostic et Réparation (chemins de menus de l'interface française
// d'Outlook).
import type { DeepStrings } from "./en.js";
import type { enRepair } from "./en.repair.js";

export const frRepair: DeepStrings<typeof enRepair> = {
  diagnose: {
    heading: "Que se passe-t-il avec votre courrier ?",
    intro: "Répondez à ce que vous savez ; MailBridge vérifie le reste et vous dit quoi faire.",
    email: "L’adresse qui ne fonctionne plus",
    emailHint: "Par exemple nom@hotmail.fr",
    questions: {
      usedPop3: "Je recevais cette adresse en POP3 dans Outlook",
      hasPstFiles: "J’ai des fichiers de données .pst avec d’anciens messages",
      outlookOpens: "Outlook ne s’ouvre pas, ou refuse d’ajouter le compte",
      wantsThirdPartyClient:
        "Je veux lire cette adresse dans un autre logiciel (Thunderbird, Apple Mail, un téléphone)",
    },
    run: "Vérifier mon compte",
    running: "Vérification…",
    results: "Résultats",
    goToStep: "Me montrer comment",
    failed: "La vérification n’a pas pu se faire : {{message}}",
    severity: { error: "Problème", warning: "À faire", info: "Bon à savoir", ok: "OK" },
  },
  repair: {
    heading: "Réparer, étape par étape",
    target: "Outlook à réparer",
    targets: {
      "classic-windows": "Outlook classique pour Windows",
      mac: "Outlook pour Mac",
      "new-outlook-or-web": "Nouvel Outlook ou Outlook sur le web",
    },
    progress: "{{done}} étape(s) faite(s) sur {{total}}",
    done: "Fait",
    recommended: "Recommandé pour vous",
    why: "Pourquoi :",
    showOthers: "Afficher les {{count}} étapes qui ne concernent pas {{target}}",
    hideOthers: "Masquer les étapes des autres versions d’Outlook",
    notApplicable: "Pas pour {{target}}",
    saved: "Votre progression est enregistrée : fermez ce volet et revenez quand vous voulez.",
    phases: {
      prepare: "1. Préparer (sauvegardes et vérifications)",
      reconnect: "2. Ajouter à nouveau le compte avec la connexion moderne",
      profile: "3. En cas d’échec : un nouveau profil Outlook",
      migrate: "4. Remettre l’ancien courrier POP sur le serveur",
      otherApps: "5. Autres logiciels (IMAP + OAuth2 au lieu du POP)",
      troubleshoot: "6. Toujours bloqué ? Dépannage",
    },
    steps: {
      backupPst: {
        title: "Sauvegardez vos fichiers .pst",
        why: "Avec le POP, votre courrier n’existe peut-être que dans ces fichiers, sur cet ordinateur. Une copie garantit que rien ne sera perdu.",
        how: [
          "Dans Outlook : Fichier > Paramètres du compte > Paramètres du compte > onglet Fichiers de données.",
          "Notez l’emplacement de chaque fichier .pst (souvent Documents\\Fichiers Outlook).",
          "Fermez Outlook, puis copiez ces fichiers sur une clé USB ou dans un autre dossier.",
        ],
      },
      backupMac: {
        title: "Exportez votre courrier local dans une archive (.olm)",
        why: "Le courrier téléchargé en POP n’existe que dans le profil Outlook de votre Mac ; une archive en garde une copie sûre.",
        how: [
          "Dans Outlook pour Mac : Fichier > Exporter.",
          "Cochez Courrier, choisissez où enregistrer l’archive .olm, puis Continuer.",
        ],
      },
      testWebmail: {
        title: "Vérifiez votre boîte sur le web",
        why: "Si votre courrier s’affiche sur outlook.live.com, votre compte et votre boîte vont bien : seule la configuration d’Outlook est à réparer.",
        how: [
          "Ouvrez https://outlook.live.com dans un navigateur et connectez-vous avec la même adresse.",
          "Vérifiez que les messages récents sont là et que vous pouvez vous en envoyer un.",
        ],
      },
      checkSpace: {
        title: "Vérifiez que la boîte n’est pas pleine",
        why: "Une boîte pleine ne reçoit plus rien, ce qui ressemble exactement à un problème de connexion.",
        how: [
          "Dans Outlook sur le web : Paramètres (roue dentée) > Général > Stockage.",
          "Si elle est presque pleine, videz Éléments supprimés et Courrier indésirable, ou supprimez de gros messages anciens.",
        ],
      },
      noteRules: {
        title: "Notez vos règles",
        why: "Les règles de l’ancien compte POP ou de l’ancien profil ne suivent pas ; vous les recréerez.",
        how: [
          "Fichier > Gérer les règles et alertes.",
          "Faites une capture d’écran ou notez les conditions et actions de chaque règle.",
        ],
      },
      updateOffice: {
        title: "Installez les mises à jour d’Office",
        why: "Les anciennes versions d’Outlook manquent de correctifs pour la connexion moderne.",
        how: [
          "Windows : Fichier > Compte Office > Options de mise à jour > Mettre à jour.",
          "Mac : Aide > Rechercher les mises à jour.",
        ],
      },
      readdWindows: {
        title: "Ajoutez à nouveau le compte en Exchange/Outlook.com",
        why: "L’assistant d’Outlook reconnaît les adresses Microsoft et les configure en Exchange avec la connexion moderne (OAuth2). Il n’y a pas de case OAuth2 : la fenêtre de connexion Microsoft, c’est la connexion moderne.",
        how: [
          "Fermez Outlook.",
          "Ouvrez le Panneau de configuration (affichage petites icônes) > Courrier (Microsoft Outlook).",
          "Cliquez sur Comptes de messagerie… > Nouveau….",
          "Saisissez votre adresse et continuez. Ne choisissez ni POP ni IMAP : laissez l’assistant détecter le type.",
          "Une fenêtre de connexion Microsoft s’ouvre : connectez-vous-y (et validez la seconde étape si la vérification en deux étapes est active).",
          "Attendez que le compte soit prêt, puis lancez Outlook : la synchronisation reprend.",
        ],
      },
      readdMac: {
        title: "Ajoutez à nouveau le compte dans Outlook pour Mac",
        why: "Outlook pour Mac connecte Outlook.com par la fenêtre de connexion Microsoft ; le POP3 n’est pas proposé pour ces adresses.",
        how: [
          "Outlook > Réglages > Comptes.",
          "Cliquez sur + > Nouveau compte…, saisissez votre adresse, puis Continuer.",
          "Connectez-vous dans la fenêtre Microsoft ; le type de compte choisi doit être Outlook.com, pas POP.",
        ],
      },
      addNewOutlook: {
        title: "Ajoutez le compte dans le nouvel Outlook",
        why: "Le nouvel Outlook et Outlook sur le web utilisent toujours la connexion moderne : il suffit d’y ajouter le compte.",
        how: [
          "Paramètres (roue dentée) > Comptes > Comptes de messagerie > Ajouter un compte.",
          "Saisissez votre adresse et connectez-vous dans la fenêtre Microsoft.",
        ],
      },
      removePop: {
        title: "Supprimez l’ancien compte POP3",
        why: "Le compte POP hors service continue de demander un mot de passe et d’afficher des erreurs. Le supprimer n’efface pas son fichier .pst.",
        how: [
          "Windows : Fichier > Paramètres du compte > Paramètres du compte, sélectionnez le compte POP, cliquez sur Supprimer.",
          "Mac : Outlook > Réglages > Comptes, sélectionnez le compte POP, cliquez sur −.",
          "Gardez le fichier .pst : vous l’ouvrirez pour récupérer l’ancien courrier.",
        ],
      },
      newProfile: {
        title: "Créez un nouveau profil Outlook",
        why: "Un profil neuf élimine les restes de la configuration POP (serveurs, ports, caches, anciennes règles) qui bloquent souvent la connexion moderne. Vos fichiers .pst ne sont pas touchés.",
        how: [
          "Fermez Outlook.",
          "Panneau de configuration > Courrier (Microsoft Outlook) > Afficher les profils….",
          "Cliquez sur Ajouter…, nommez le profil (par exemple Outlook-Neuf), puis ajoutez votre adresse et connectez-vous dans la fenêtre Microsoft.",
          "Dans Afficher les profils, choisissez Toujours utiliser ce profil > votre nouveau profil (ou Demander l’utilisation d’un profil), puis lancez Outlook.",
        ],
      },
      openPst: {
        title: "Ouvrez votre ancien .pst à côté de la boîte",
        why: "Votre courrier POP reste dans le .pst ; l’ouvrir permet de le remettre sur le serveur.",
        how: [
          "Fichier > Ouvrir et exporter > Ouvrir un fichier de données Outlook.",
          "Choisissez le .pst sauvegardé : il apparaît comme une liste de dossiers à part.",
        ],
      },
      moveInBatches: {
        title: "Remettez le courrier sur le serveur, année par année",
        why: "Tout déplacer d’un coup peut bloquer des heures ; par lots, Outlook téléverse régulièrement et vous vérifiez chaque lot.",
        how: [
          "Créez un dossier dans la boîte Outlook.com, par exemple Archives > 2019.",
          "Dans le .pst, triez par date et faites glisser une année (ou quelques milliers de messages) dans ce dossier.",
          "Attendez que la barre d’état d’Outlook indique Tous les dossiers sont à jour avant le lot suivant.",
          "Vérifiez sur outlook.live.com que les messages sont arrivés.",
        ],
      },
      offlineCache: {
        title: "Choisissez combien de courrier garder hors connexion",
        why: "Un cache local complet rend la recherche rapide et le courrier disponible hors ligne, mais occupe de l’espace disque.",
        how: [
          "Fichier > Paramètres du compte > Paramètres du compte, sélectionnez le compte Exchange, cliquez sur Modifier….",
          "Réglez le curseur Conserver le courrier en mode hors connexion : Tout si vous avez la place, sinon 1 an.",
        ],
      },
      enableImap: {
        title: "Activez l’accès IMAP pour les autres logiciels",
        why: "Sur Outlook.com, IMAP et POP sont désactivés par défaut : les autres logiciels échouent avec une erreur de connexion tant que vous ne les activez pas.",
        how: [
          "Ouvrez https://outlook.live.com > Paramètres (roue dentée) > Courrier > Transfert et IMAP.",
          "Activez « Autoriser les appareils et les applications à utiliser IMAP » (et le POP seulement si un logiciel l’exige vraiment), puis Enregistrer.",
        ],
      },
      imapOauthClient: {
        title: "Configurez votre autre logiciel en IMAP + OAuth2",
        why: "L’IMAP avec la fenêtre de connexion Microsoft remplace le POP : le courrier reste sur le serveur et tous vos appareils voient les mêmes dossiers.",
        how: [
          "Entrant : IMAP, outlook.office365.com, port 993, SSL/TLS, authentification OAuth2.",
          "Sortant : SMTP, smtp-mail.outlook.com, port 587, STARTTLS, authentification OAuth2.",
          "À la première connexion, le logiciel ouvre la fenêtre Microsoft : connectez-vous-y. Les mots de passe d’application ne fonctionnent pas.",
        ],
      },
      clearCredentials: {
        title: "Effacez les identifiants Windows enregistrés",
        why: "D’anciens mots de passe enregistrés font réessayer à Outlook la connexion par mot de passe au lieu d’ouvrir la fenêtre Microsoft.",
        how: [
          "Panneau de configuration > Gestionnaire d’identifiants > Informations d’identification Windows.",
          "Supprimez les entrées génériques qui mentionnent Outlook, Office ou MicrosoftOffice, puis ajoutez à nouveau le compte.",
        ],
      },
      signOutOffice: {
        title: "Déconnectez-vous d’Office puis reconnectez-vous",
        why: "Force un nouveau parcours de connexion.",
        how: [
          "Windows : Fichier > Compte Office > Se déconnecter. Mac : Outlook > Se déconnecter.",
          "Redémarrez Outlook et ajoutez à nouveau le compte.",
        ],
      },
      safeMode: {
        title: "Démarrez Outlook en mode sans échec",
        why: "Certains compléments injectent leurs propres formulaires de connexion et cassent la fenêtre Microsoft.",
        how: [
          "Appuyez sur Windows+R, tapez outlook.exe /safe puis Entrée.",
          "Désactivez les compléments inutiles (Fichier > Options > Compléments), puis réessayez.",
        ],
      },
      workSchoolAccess: {
        title: "Vérifiez les comptes professionnels ou scolaires de Windows",
        why: "Un ancien compte professionnel connecté à Windows peut détourner la connexion.",
        how: [
          "Paramètres de Windows > Comptes > Accès professionnel ou scolaire.",
          "Déconnectez tout compte que vous n’utilisez plus, puis réessayez.",
        ],
      },
      clearOst: {
        title: "Reconstruisez le cache d’Outlook (.ost)",
        why: "Un cache abîmé peut garder l’ancien état ; Outlook le reconstruit depuis le serveur.",
        how: [
          "Fermez Outlook.",
          "Ouvrez %LOCALAPPDATA%\\Microsoft\\Outlook dans l’Explorateur de fichiers.",
          "Renommez le fichier .ost de ce compte (ne touchez pas aux .pst), puis lancez Outlook.",
        ],
      },
      antivirus: {
        title: "Suspendez l’analyse du courrier par l’antivirus",
        why: "Certaines suites de sécurité interceptent le HTTPS ou le MAPI/HTTP et cassent la connexion.",
        how: [
          "Désactivez temporairement l’analyse du courrier ou du HTTPS de l’antivirus, ajoutez le compte, puis réactivez-la.",
        ],
      },
      autoconfigTest: {
        title: "Testez la découverte automatique",
        why: "Montre si Outlook trouve bien les serveurs Outlook.com.",
        how: [
          "Maintenez Ctrl et faites un clic droit sur l’icône Outlook de la zone de notification > Tester la configuration automatique de la messagerie….",
          "Saisissez votre adresse, cochez seulement Utiliser la découverte automatique, cliquez sur Tester : des adresses Outlook.com / Exchange Online doivent apparaître.",
        ],
      },
      proxy: {
        title: "Essayez un autre réseau",
        why: "Les proxys et réseaux filtrés peuvent bloquer la fenêtre de connexion.",
        how: ["Partagez la connexion de votre téléphone (4G/5G) et réessayez la connexion."],
      },
      managedPc: {
        title: "Sur un ordinateur géré par votre entreprise, demandez au service informatique",
        why: "Certaines stratégies (anciennes clés de registre) désactivent la connexion moderne ; seul un administrateur peut les lever.",
        how: [
          "Indiquez au support informatique qu’Outlook ne peut pas utiliser l’authentification moderne pour un compte Outlook.com.",
        ],
      },
    },
  },
};
