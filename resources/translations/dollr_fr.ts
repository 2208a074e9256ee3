<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l’application</translation>
    </message>
    <message>
        <source>Invoices, mobile-money collections and payouts on Dollr.</source>
        <translation>Factures, encaissements mobile money et paiements sortants avec Dollr.</translation>
    </message>
    <message>
        <source>What this app does</source>
        <translation>Ce que fait l’application</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Date de fabrication</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Fonctionne avec</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Fabriquée le :</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Fonctionne avec :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Open logs folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Libraries in this app and their licences:</source>
        <translation>Bibliothèques incluses dans l’application et leurs licences :</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliothèques et licences</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>not a packaged build (running from the source code)</source>
        <translation>version non empaquetée (lancée depuis le code source)</translation>
    </message>
    <message>
        <source>not stated in its package information</source>
        <translation>non précisée dans les informations du paquet</translation>
    </message>
</context>
<context>
    <name>AboutSettingsBox</name>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>{app} version {version}</source>
        <translation>{app} version {version}</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Version de l’application</translation>
    </message>
    <message>
        <source>About {app}…</source>
        <translation>À propos de {app}…</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Realtime address</source>
        <translation>Adresse du temps réel</translation>
    </message>
    <message>
        <source>https://&lt;project&gt;.supabase.co</source>
        <translation>https://&lt;projet&gt;.supabase.co</translation>
    </message>
    <message>
        <source>Realtime anon key</source>
        <translation>Clé anonyme du temps réel</translation>
    </message>
    <message>
        <source>Payout passcode phone</source>
        <translation>Téléphone du code de versement</translation>
    </message>
    <message>
        <source>Payout passcode phone country</source>
        <translation>Pays du téléphone du code de versement</translation>
    </message>
    <message>
        <source>Payout passcode phone number</source>
        <translation>Numéro du téléphone du code de versement</translation>
    </message>
    <message>
        <source>Find these in the Dollr merchant portal under Developers → API keys. The client secret is kept in this computer's password store, never in a file.</source>
        <translation>Vous les trouverez dans le portail marchand Dollr sous Développeurs → Clés API. Le secret client est gardé dans le trousseau de mots de passe de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Password store problem</source>
        <translation>Problème de trousseau de mots de passe</translation>
    </message>
    <message>
        <source>Dollr did not accept this client ID and secret. Copy them again from the portal.</source>
        <translation>Dollr n’a pas accepté cet identifiant client et ce secret. Copiez-les à nouveau depuis le portail.</translation>
    </message>
    <message>
        <source>Paste the client ID from the merchant portal.</source>
        <translation>Collez l’identifiant client depuis le portail marchand.</translation>
    </message>
    <message>
        <source>Paste the client secret from the merchant portal.</source>
        <translation>Collez le secret client depuis le portail marchand.</translation>
    </message>
    <message>
        <source>The API address starts with https://.</source>
        <translation>L’adresse de l’API commence par https://.</translation>
    </message>
    <message>
        <source>The Realtime address starts with https:// or wss://.</source>
        <translation>L’adresse du temps réel commence par https:// ou wss://.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to Dollr. Please try again.</source>
        <translation>Un problème est survenu lors de l’échange avec Dollr. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Can't reach Dollr. Check the internet connection, then try again.</source>
        <translation>Impossible de joindre Dollr. Vérifiez la connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>Dollr is taking too long to answer. Check the internet connection, then try again.</source>
        <translation>Dollr met trop de temps à répondre. Vérifiez la connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>Dollr did not accept this app's API keys. Check the client ID and secret in Settings, then sign in again.</source>
        <translation>Dollr n’a pas accepté les clés API de l’application. Vérifiez l’identifiant client et le secret dans Paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your Dollr account is not allowed to do this yet. Payouts, payment links and refunds need a verified merchant account: contact Dollr support to finish verification.</source>
        <translation>Votre compte Dollr n’est pas encore autorisé à faire ceci. Les virements, les liens de paiement et les remboursements demandent un compte marchand vérifié : contactez le support Dollr pour terminer la vérification.</translation>
    </message>
    <message>
        <source>Dollr could not find this record. It may have been removed; refresh the list and try again.</source>
        <translation>Dollr ne trouve pas cet enregistrement. Il a peut-être été supprimé ; actualisez la liste et réessayez.</translation>
    </message>
    <message>
        <source>Dollr could not accept these details. Please correct them and try again.</source>
        <translation>Dollr n’a pas pu accepter ces informations. Corrigez-les et réessayez.</translation>
    </message>
    <message>
        <source>Dollr is receiving too many requests from this account right now. Wait a minute, then try again.</source>
        <translation>Dollr reçoit trop de demandes de ce compte en ce moment. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Dollr is having trouble right now. Your data is safe; please try again in a few minutes.</source>
        <translation>Dollr rencontre des difficultés en ce moment. Vos données sont en sécurité ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Dollr had a problem while saving this, so it may or may not have been saved. Refresh to check before trying again.</source>
        <translation>Dollr a eu un problème pendant l’enregistrement : il est possible que rien n’ait été enregistré. Actualisez pour vérifier avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection dropped while sending this payment, so it is not yet known whether it went through. Do not pay again: the app will check its status.</source>
        <translation>La connexion a été coupée pendant l’envoi de ce paiement : on ne sait pas encore s’il est passé. Ne payez pas une seconde fois : l’application va vérifier son statut.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Dollr Desktop can use, so your client secret is kept for this session only and you will be asked for it again next time. To keep it, set up or unlock the system's password store (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), then restart Dollr Desktop.</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe utilisable par Dollr Desktop : votre secret client n’est gardé que pour cette session et il vous sera redemandé la prochaine fois. Pour le garder, configurez ou déverrouillez le trousseau du système (Gestionnaire d’identification Windows, Trousseau macOS, GNOME Keyring ou KWallet), puis redémarrez Dollr Desktop.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve payout</source>
        <translation>Approuver le versement</translation>
    </message>
    <message>
        <source>Payout approval</source>
        <translation>Approbation du versement</translation>
    </message>
    <message>
        <source>Check the payout, then approve it with your Dollr passcode. Nothing is paid until you do.</source>
        <translation>Vérifiez le versement, puis approuvez-le avec votre code Dollr. Rien n’est payé avant cela.</translation>
    </message>
    <message>
        <source>Payout to approve</source>
        <translation>Versement à approuver</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Passcode phone</source>
        <translation>Téléphone du code</translation>
    </message>
    <message>
        <source>Passcode phone in use</source>
        <translation>Téléphone du code utilisé</translation>
    </message>
    <message>
        <source>{phone} &lt;span style='color:gray'&gt;(from Settings)&lt;/span&gt;</source>
        <translation>{phone} &lt;span style='color:gray'&gt;(depuis les Paramètres)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not set in Settings: type the phone your passcode belongs to.</source>
        <translation>Non renseigné dans les Paramètres : saisissez le téléphone associé à votre code.</translation>
    </message>
    <message>
        <source>Approval message</source>
        <translation>Message d’approbation</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Go back without paying</source>
        <translation>Revenir sans payer</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>My passcode is tied to my Dollr user id, not a phone</source>
        <translation>Mon code est lié à mon identifiant utilisateur Dollr, pas à un téléphone</translation>
    </message>
    <message>
        <source>Approve with a user id instead of a phone</source>
        <translation>Approuver avec un identifiant utilisateur plutôt qu’un téléphone</translation>
    </message>
    <message>
        <source>Dollr user id</source>
        <translation>Identifiant utilisateur Dollr</translation>
    </message>
    <message>
        <source>your Dollr user id</source>
        <translation>votre identifiant utilisateur Dollr</translation>
    </message>
    <message>
        <source>Passcode phone:</source>
        <translation>Téléphone du code :</translation>
    </message>
    <message>
        <source>Type your payout passcode (the digits you set in the Dollr app).</source>
        <translation>Saisissez votre code secret de versement (les chiffres choisis dans l’application Dollr).</translation>
    </message>
    <message>
        <source>Type your Dollr user id.</source>
        <translation>Saisissez votre identifiant utilisateur Dollr.</translation>
    </message>
    <message>
        <source>Type the phone number your passcode belongs to.</source>
        <translation>Saisissez le numéro de téléphone auquel votre code secret est lié.</translation>
    </message>
    <message>
        <source>Sending your approval to Dollr…</source>
        <translation>Envoi de votre approbation à Dollr…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing is sent twice: the payout's status is checked with Dollr before anything else happens.</source>
        <translation>Un problème inattendu est survenu. Rien n’est envoyé deux fois : l’état du versement est vérifié auprès de Dollr avant toute autre chose.</translation>
    </message>
    <message>
        <source>Open verification in the Dollr portal</source>
        <translation>Ouvrir la vérification dans le portail Dollr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>You can type the passcode again.</source>
        <translation>Vous pouvez saisir le code secret à nouveau.</translation>
    </message>
    <message>
        <source>{problem} Try again in {seconds} s.</source>
        <translation>{problem} Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>The payout session expired before approval. Nothing was paid. Close this window and confirm the payout again to start a new session.</source>
        <translation>La session de versement a expiré avant l’approbation. Rien n’a été payé. Fermez cette fenêtre et confirmez à nouveau le versement pour ouvrir une nouvelle session.</translation>
    </message>
</context>
<context>
    <name>ApproveRunDialog</name>
    <message>
        <source>Approve payout run</source>
        <translation>Approuver le versement groupé</translation>
    </message>
    <message>
        <source>Resume the run: the rows not paid yet will be paid one by one.</source>
        <translation>Reprendre le lot : les lignes pas encore payées seront payées une par une.</translation>
    </message>
    <message>
        <source>Approve the whole run once. The rows are then paid one by one; nothing is paid until you approve.</source>
        <translation>Approuvez le lot entier une seule fois. Les lignes sont ensuite payées une par une ; rien n'est payé avant votre approbation.</translation>
    </message>
    <message>
        <source>Run to approve</source>
        <translation>Lot à approuver</translation>
    </message>
    <message>
        <source>Run passcode</source>
        <translation>Code de versement du lot</translation>
    </message>
    <message>
        <source>Run passcode phone</source>
        <translation>Téléphone du code de versement du lot</translation>
    </message>
    <message>
        <source>Passcode phone (from Settings)</source>
        <translation>Téléphone du code (depuis les Paramètres)</translation>
    </message>
    <message>
        <source>Not set in Settings: type the phone your passcode belongs to.</source>
        <translation>Non défini dans les Paramètres : saisissez le téléphone auquel votre code est lié.</translation>
    </message>
    <message>
        <source>Run approval message</source>
        <translation>Message d'approbation du lot</translation>
    </message>
    <message>
        <source>Approve and resume</source>
        <translation>Approuver et reprendre</translation>
    </message>
    <message>
        <source>Approve and pay</source>
        <translation>Approuver et payer</translation>
    </message>
    <message>
        <source>Approve the run</source>
        <translation>Approuver le lot</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Go back without paying the run</source>
        <translation>Revenir sans payer le lot</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Passcode phone:</source>
        <translation>Téléphone du code :</translation>
    </message>
    <message>
        <source>Type your payout passcode (4 to 12 digits).</source>
        <translation>Saisissez votre code de versement (4 à 12 chiffres).</translation>
    </message>
    <message>
        <source>Type the phone your passcode belongs to.</source>
        <translation>Saisissez le téléphone auquel votre code est lié.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>User switched</source>
        <translation>Changement d’utilisateur</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Code PIN erroné</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Personne retirée</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>Code PIN changé</translation>
    </message>
    <message>
        <source>Payout prepared</source>
        <translation>Versement préparé</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>Versement approuvé</translation>
    </message>
    <message>
        <source>Payout refused</source>
        <translation>Versement refusé</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Keys changed</source>
        <translation>Clés modifiées</translation>
    </message>
    <message>
        <source>Payout run started</source>
        <translation>Série de versements lancée</translation>
    </message>
    <message>
        <source>Payout run paused</source>
        <translation>Série de versements en pause</translation>
    </message>
    <message>
        <source>Payout run resumed</source>
        <translation>Série de versements reprise</translation>
    </message>
    <message>
        <source>Payout run cancelled</source>
        <translation>Série de versements annulée</translation>
    </message>
    <message>
        <source>Payout run finished</source>
        <translation>Série de versements terminée</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Cash-up closed</source>
        <translation>Caisse clôturée</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d’audit exporté</translation>
    </message>
    <message>
        <source>Export opened</source>
        <translation>Export ouvert</translation>
    </message>
    <message>
        <source>Cash-up reopened</source>
        <translation>Clôture de caisse rouverte</translation>
    </message>
    <message>
        <source>Payout run approved</source>
        <translation>Versement groupé approuvé</translation>
    </message>
    <message>
        <source>Payout run created</source>
        <translation>Versement groupé créé</translation>
    </message>
    <message>
        <source>Payout run interrupted</source>
        <translation>Versement groupé interrompu</translation>
    </message>
    <message>
        <source>Payout run results kept</source>
        <translation>Résultats du versement groupé conservés</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>bénéficiaire</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>préparé par</translation>
    </message>
    <message>
        <source>prepared no.</source>
        <translation>préparation n°</translation>
    </message>
    <message>
        <source>debited</source>
        <translation>débité</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>wrong tries</source>
        <translation>essais erronés</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>lock after (min)</source>
        <translation>verrouillage après (min)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>what</source>
        <translation>quoi</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>{what}: {value}</source>
        <translation>{what} : {value}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>← People</source>
        <translation>← Personnes</translation>
    </message>
    <message>
        <source>Back to People</source>
        <translation>Retour aux personnes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exporter le journal d’audit en CSV</translation>
    </message>
    <message>
        <source>Audit log check</source>
        <translation>Vérification du journal d’audit</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrer par personne</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entrées affichées</translation>
    </message>
    <message>
        <source>The audit log is the owner's. Switch to the owner to read it.</source>
        <translation>Le journal d’audit est réservé au propriétaire. Passez au propriétaire pour le lire.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <source>Checking the chain of entries…</source>
        <translation>Vérification de la chaîne des entrées…</translation>
    </message>
    <message>
        <source>✓ The chain of entries is intact: nothing was edited or deleted.</source>
        <translation>✓ La chaîne des entrées est intacte : rien n’a été modifié ni supprimé.</translation>
    </message>
    <message>
        <source>✗ The audit log was changed outside the app: entry no. {id} (or the one before it) was edited or deleted. Entries from there on cannot be trusted.</source>
        <translation>✗ Le journal d’audit a été modifié hors de l’application : l’entrée n° {id} (ou la précédente) a été modifiée ou supprimée. Les entrées à partir de là ne sont plus fiables.</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>Backup password</source>
        <translation>Mot de passe des sauvegardes</translation>
    </message>
    <message>
        <source>Backups are locked with this password. Write it down and keep it apart from the computer: without it, nobody (not even Dollr) can open a backup. Backups already made keep the password they were made with.</source>
        <translation>Les sauvegardes sont verrouillées par ce mot de passe. Notez-le et gardez-le loin de l’ordinateur : sans lui, personne (pas même Dollr) ne peut ouvrir une sauvegarde. Les sauvegardes déjà faites gardent le mot de passe avec lequel elles ont été faites.</translation>
    </message>
    <message>
        <source>New backup password</source>
        <translation>Nouveau mot de passe des sauvegardes</translation>
    </message>
    <message>
        <source>New backup password again</source>
        <translation>Nouveau mot de passe des sauvegardes, à nouveau</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problème de mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>À nouveau :</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups keep what Dollr cannot give back: your payment journal, documents, contacts and settings. They are encrypted with your backup password: keep it safe, a backup cannot be opened without it.</source>
        <translation>Les sauvegardes gardent ce que Dollr ne peut pas vous rendre : votre journal des paiements, vos documents, vos contacts et vos paramètres. Elles sont chiffrées avec votre mot de passe des sauvegardes : gardez-le bien, une sauvegarde ne s’ouvre pas sans lui.</translation>
    </message>
    <message>
        <source>About backups</source>
        <translation>À propos des sauvegardes</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>Back up automatically every day and when the app closes</source>
        <translation>Sauvegarder automatiquement chaque jour et à la fermeture de l’application</translation>
    </message>
    <message>
        <source>Number of days of backups to keep</source>
        <translation>Nombre de jours de sauvegardes à garder</translation>
    </message>
    <message>
        <source>Backups to keep, typed</source>
        <translation>Sauvegardes à garder, saisie</translation>
    </message>
    <message>
        <source>Only in the data folder</source>
        <translation>Seulement dans le dossier des données</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Choisir un second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Stop copying backups to the second folder</source>
        <translation>Ne plus copier les sauvegardes dans le second dossier</translation>
    </message>
    <message>
        <source>Set backup password…</source>
        <translation>Définir le mot de passe des sauvegardes…</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Mot de passe des sauvegardes</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Avancement de la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Also copy to</source>
        <translation>Copier aussi dans</translation>
    </message>
    <message>
        <source> days (one backup a day)</source>
        <translation> jours (une sauvegarde par jour)</translation>
    </message>
    <message>
        <source>Change backup password…</source>
        <translation>Changer le mot de passe des sauvegardes…</translation>
    </message>
    <message>
        <source>Second folder for backups (e.g. a USB stick)</source>
        <translation>Second dossier des sauvegardes (par ex. une clé USB)</translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>Made on {date} by Dollr Desktop {version}.</source>
        <translation>Faite le {date} par Dollr Desktop {version}.</translation>
    </message>
    <message>
        <source>Practice mode:</source>
        <translation>Mode entraînement :</translation>
    </message>
    <message>
        <source>Live account:</source>
        <translation>Compte réel :</translation>
    </message>
    <message>
        <source>{documents} documents, {contacts} contacts, {journal} payment journal entries.</source>
        <translation>{documents} documents, {contacts} contacts, {journal} entrées du journal des paiements.</translation>
    </message>
    <message>
        <source>{count} changes waiting to be sent.</source>
        <translation>{count} modifications en attente d’envoi.</translation>
    </message>
    <message>
        <source>{count} other records.</source>
        <translation>{count} autres enregistrements.</translation>
    </message>
    <message>
        <source>{count} saved receipts.</source>
        <translation>{count} reçus enregistrés.</translation>
    </message>
    <message>
        <source>Your settings (never your client secret).</source>
        <translation>Vos paramètres (jamais votre secret client).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Wrong backup password: this backup cannot be opened with it. Nothing was changed.</source>
        <translation>Mauvais mot de passe : cette sauvegarde ne s’ouvre pas avec lui. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup file is incomplete (it was cut short, perhaps while copying). Nothing was changed; use another copy.</source>
        <translation>Ce fichier de sauvegarde est incomplet (coupé, peut-être pendant une copie). Rien n’a été modifié ; utilisez une autre copie.</translation>
    </message>
    <message>
        <source>This backup file is damaged and cannot be restored. Nothing was changed; use another copy.</source>
        <translation>Ce fichier de sauvegarde est abîmé et ne peut pas être restauré. Rien n’a été modifié ; utilisez une autre copie.</translation>
    </message>
    <message>
        <source>This is not a Dollr Desktop backup file. Nothing was changed.</source>
        <translation>Ce n’est pas un fichier de sauvegarde Dollr Desktop. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Dollr Desktop. Update the app, then restore it.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Dollr Desktop. Mettez l’application à jour, puis restaurez-la.</translation>
    </message>
    <message>
        <source>This backup was made by Dollr Desktop {version}, newer than this one. Update the app, then restore it.</source>
        <translation>Cette sauvegarde a été faite par Dollr Desktop {version}, plus récent que celui-ci. Mettez l’application à jour, puis restaurez-la.</translation>
    </message>
    <message>
        <source>Choose a backup password first.</source>
        <translation>Choisissez d’abord un mot de passe des sauvegardes.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet.</source>
        <translation>Il n’y a encore rien à sauvegarder.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there (is the USB stick plugged in?). The backup in the data folder was made.</source>
        <translation>Le dossier de sauvegarde {folder} est introuvable (la clé USB est-elle branchée ?). La sauvegarde dans le dossier des données a été faite.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>The backup file {file} could not be read: {reason}.</source>
        <translation>Le fichier de sauvegarde {file} n’a pas pu être lu : {reason}.</translation>
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <source>Backup cancelled.</source>
        <translation>Sauvegarde annulée.</translation>
    </message>
    <message>
        <source>No backup password yet: set one to turn on backups.</source>
        <translation>Pas encore de mot de passe des sauvegardes : définissez-en un pour activer les sauvegardes.</translation>
    </message>
    <message>
        <source>No backup yet. Backups go to {folder}.</source>
        <translation>Pas encore de sauvegarde. Les sauvegardes vont dans {folder}.</translation>
    </message>
    <message>
        <source>Last backup: {date}, in {folder}.</source>
        <translation>Dernière sauvegarde : {date}, dans {folder}.</translation>
    </message>
    <message>
        <source>This computer has no password store: the backup password is kept until the app closes, and automatic backups stop after that until you set it again.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe : le mot de passe des sauvegardes est gardé jusqu’à la fermeture de l’application ; ensuite les sauvegardes automatiques s’arrêtent jusqu’à ce que vous le redéfinissiez.</translation>
    </message>
    <message>
        <source>The backup made on {date} is restored.</source>
        <translation>La sauvegarde du {date} est restaurée.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {file}.</source>
        <translation>Les données qu’elle a remplacées sont gardées dans {file}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>{banner} text</source>
        <translation>Texte : {banner}</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export receipts</source>
        <translation>Exporter des reçus</translation>
    </message>
    <message>
        <source>Receipts paid from</source>
        <translation>Reçus payés à partir du</translation>
    </message>
    <message>
        <source>Receipts paid until</source>
        <translation>Reçus payés jusqu’au</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Papier du reçu</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Dossier des fichiers PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Payés du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Dossier des reçus</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est avant la date de début.</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs.</source>
        <translation>Choisissez un dossier pour les PDF.</translation>
    </message>
    <message>
        <source>Cancelled. {count} receipt PDF(s) were saved in {folder}.</source>
        <translation>Annulé. {count} reçu(s) PDF enregistré(s) dans {folder}.</translation>
    </message>
    <message>
        <source>The PDFs could not be written to {folder}: {why}</source>
        <translation>Les PDF n’ont pas pu être écrits dans {folder} : {why}</translation>
    </message>
    <message>
        <source>Finding the receipts…</source>
        <translation>Recherche des reçus…</translation>
    </message>
    <message>
        <source>No paid invoices or orders in these dates.</source>
        <translation>Aucune facture ni commande payée entre ces dates.</translation>
    </message>
    <message>
        <source>Saved {done} of {total}…</source>
        <translation>{done} sur {total} enregistrés…</translation>
    </message>
    <message>
        <source>Saved {count} receipt PDF(s) in {folder}.</source>
        <translation>{count} reçu(s) PDF enregistré(s) dans {folder}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BillsView</name>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every term</source>
        <translation>Chaque trimestre scolaire</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>Se répète</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>new bill, due {date}</source>
        <translation>nouvelle facture, à payer le {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>à payer le {date}</translation>
    </message>
    <message>
        <source>Paying in parts</source>
        <translation>Paiement en plusieurs fois</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Deposit for {number}</source>
        <translation>Acompte pour {number}</translation>
    </message>
    <message>
        <source>Instalment {n} of {count} for {number}</source>
        <translation>Échéance {n} sur {count} pour {number}</translation>
    </message>
    <message>
        <source>Cancel plan</source>
        <translation>Annuler l’échéancier</translation>
    </message>
    <message>
        <source>Cancel the unpaid parts of this plan on Dollr? Parts already paid stay paid.</source>
        <translation>Annuler sur Dollr les parts non payées de cet échéancier ? Les parts déjà payées restent payées.</translation>
    </message>
    <message>
        <source>Cancel unpaid parts</source>
        <translation>Annuler les parts non payées</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Plan canceled. {amount} stays paid.</source>
        <translation>Échéancier annulé. {amount} reste payé.</translation>
    </message>
    <message>
        <source>{number} repeats: the first new bill is on {date}.</source>
        <translation>{number} se répète : la première nouvelle facture sera faite le {date}.</translation>
    </message>
    <message>
        <source>1 recurring bill made and published.</source>
        <translation>1 facture récurrente faite et publiée.</translation>
    </message>
    <message>
        <source>{count} recurring bills made and published.</source>
        <translation>{count} factures récurrentes faites et publiées.</translation>
    </message>
    <message>
        <source>Reminder for {number} opened to send.</source>
        <translation>Rappel pour {number} ouvert pour l’envoi.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Recurring bills, reminders and payment plans</source>
        <translation>Factures récurrentes, rappels et paiements échelonnés</translation>
    </message>
    <message>
        <source>Recurring bills</source>
        <translation>Factures récurrentes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Next bill</source>
        <translation>Prochaine facture</translation>
    </message>
    <message>
        <source>Bills made</source>
        <translation>Factures faites</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recurring bills list</source>
        <translation>Liste des factures récurrentes</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Arrêter la répétition</translation>
    </message>
    <message>
        <source>Stop the selected recurring bill</source>
        <translation>Arrêter la facture récurrente choisie</translation>
    </message>
    <message>
        <source>Reminders to send today</source>
        <translation>Rappels à envoyer aujourd’hui</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Dernier rappel</translation>
    </message>
    <message>
        <source>Reminders to send list</source>
        <translation>Liste des rappels à envoyer</translation>
    </message>
    <message>
        <source>Customer's language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Send the reminder by WhatsApp</source>
        <translation>Envoyer le rappel par WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send the reminder by SMS</source>
        <translation>Envoyer le rappel par SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send the reminder by email</source>
        <translation>Envoyer le rappel par e-mail</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Paiements échelonnés</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Déjà payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Parts paid</source>
        <translation>Parts payées</translation>
    </message>
    <message>
        <source>Payment plans list</source>
        <translation>Liste des paiements échelonnés</translation>
    </message>
    <message>
        <source>Cancel plan…</source>
        <translation>Annuler l’échéancier…</translation>
    </message>
    <message>
        <source>Cancel the selected payment plan</source>
        <translation>Annuler l’échéancier choisi</translation>
    </message>
    <message>
        <source>Reminder result</source>
        <translation>Résultat du rappel</translation>
    </message>
</context>
<context>
    <name>CashCountBox</name>
    <message>
        <source>Cash taken outside Dollr (optional)</source>
        <translation>Espèces encaissées hors Dollr (facultatif)</translation>
    </message>
    <message>
        <source>Cash currency</source>
        <translation>Devise des espèces</translation>
    </message>
    <message>
        <source>from your till's own record</source>
        <translation>d’après le relevé de votre caisse</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Écart d’espèces</translation>
    </message>
    <message>
        <source>Cash problem</source>
        <translation>Problème d’espèces</translation>
    </message>
    <message>
        <source>Cash-up note</source>
        <translation>Note de clôture</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type an amount in {currency}, e.g. 1500.00 (or leave both empty).</source>
        <translation>Saisissez un montant en {currency}, par ex. 1500,00 (ou laissez les deux vides).</translation>
    </message>
</context>
<context>
    <name>CashUp</name>
    <message>
        <source>{day}, shift {start}–{end}</source>
        <translation>{day}, service {start}–{end}</translation>
    </message>
    <message>
        <source>Not closed yet · figures at {time}</source>
        <translation>Pas encore clôturée · chiffres à {time}</translation>
    </message>
    <message>
        <source>version {version} was reopened: closing makes version {next}</source>
        <translation>la version {version} a été rouverte : clôturer crée la version {next}</translation>
    </message>
    <message>
        <source>Closed {time} · version {version}</source>
        <translation>Clôturée le {time} · version {version}</translation>
    </message>
    <message>
        <source>(replaces version {version})</source>
        <translation>(remplace la version {version})</translation>
    </message>
    <message>
        <source>reopened {time}</source>
        <translation>rouverte le {time}</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Computer: {name}</source>
        <translation>Ordinateur : {name}</translation>
    </message>
    <message>
        <source>No payments in this period.</source>
        <translation>Aucun paiement sur cette période.</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Fees paid by customers</source>
        <translation>Frais payés par les clients</translation>
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation>Frais à votre charge</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Method and operator</source>
        <translation>Moyen et opérateur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Payouts made from this computer</source>
        <translation>Versements faits depuis cet ordinateur</translation>
    </message>
    <message>
        <source>{count} payouts</source>
        <translation>{count} versements</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>Refunds given from this computer</source>
        <translation>Remboursements faits depuis cet ordinateur</translation>
    </message>
    <message>
        <source>{count} refunds</source>
        <translation>{count} remboursements</translation>
    </message>
    <message>
        <source>Net after refunds</source>
        <translation>Net après remboursements</translation>
    </message>
    <message>
        <source>Still waiting to be paid</source>
        <translation>Encore en attente de paiement</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Rien en attente.</translation>
    </message>
    <message>
        <source>Cash taken outside Dollr</source>
        <translation>Espèces encaissées hors Dollr</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>On this computer: {pending} payments still pending, {failed} failed (not counted above).</source>
        <translation>Sur cet ordinateur : {pending} paiements encore en attente, {failed} échoués (non comptés ci-dessus).</translation>
    </message>
</context>
<context>
    <name>CashUpView</name>
    <message>
        <source>Cash-up</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Shift only</source>
        <translation>Un service seulement</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Début du service</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Fin du service</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the cash-up</source>
        <translation>Actualiser la clôture</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Cash-up state</source>
        <translation>État de la clôture</translation>
    </message>
    <message>
        <source>Cash-up figures</source>
        <translation>Chiffres de la clôture</translation>
    </message>
    <message>
        <source>Close cash-up</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reopen cash-up</source>
        <translation>Rouvrir la clôture</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>Page A4</translation>
    </message>
    <message>
        <source>Till roll, 80 mm</source>
        <translation>Rouleau de caisse, 80 mm</translation>
    </message>
    <message>
        <source>Till roll, 58 mm</source>
        <translation>Rouleau de caisse, 58 mm</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print cash-up</source>
        <translation>Imprimer la clôture</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save cash-up as PDF</source>
        <translation>Enregistrer la clôture en PDF</translation>
    </message>
    <message>
        <source>List of closed cash-ups</source>
        <translation>Liste des clôtures enregistrées</translation>
    </message>
    <message>
        <source>Closed cash-ups</source>
        <translation>Clôtures enregistrées</translation>
    </message>
    <message>
        <source>{period} · version {version} · {total}</source>
        <translation>{period} · version {version} · {total}</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation>Clôturée le {time}</translation>
    </message>
    <message>
        <source>Only the owner closes and reopens cash-ups.</source>
        <translation>Seul le propriétaire clôture et rouvre les caisses.</translation>
    </message>
    <message>
        <source>Not closed: correct the cash amounts first.</source>
        <translation>Non clôturée : corrigez d’abord les montants en espèces.</translation>
    </message>
    <message>
        <source>This cash-up is already closed.</source>
        <translation>Cette caisse est déjà clôturée.</translation>
    </message>
    <message>
        <source>Cash-up closed: version {version}.</source>
        <translation>Caisse clôturée : version {version}.</translation>
    </message>
    <message>
        <source>Cash-up reopened: closing it again makes version {version}.</source>
        <translation>Clôture rouverte : la clôturer à nouveau crée la version {version}.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>Printed to {name}</source>
        <translation>Imprimée dans {name}</translation>
    </message>
    <message>
        <source>Cash-up sent to the printer.</source>
        <translation>Clôture envoyée à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>MTN MoMo · Liberia</source>
        <translation>MTN MoMo · Libéria</translation>
    </message>
    <message>
        <source>Orange Money · Liberia</source>
        <translation>Orange Money · Libéria</translation>
    </message>
    <message>
        <source>MTN MoMo · Rwanda</source>
        <translation>MTN MoMo · Rwanda</translation>
    </message>
    <message>
        <source>Airtel Money · Rwanda</source>
        <translation>Airtel Money · Rwanda</translation>
    </message>
    <message>
        <source>Orange Money · Rwanda</source>
        <translation>Orange Money · Rwanda</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Dollr wallet</source>
        <translation>Portefeuille Dollr</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>{operator} via {company}</source>
        <translation>{operator} via {company}</translation>
    </message>
    <message>
        <source>Dollr fee</source>
        <translation>Frais Dollr</translation>
    </message>
    <message>
        <source>Operator fee</source>
        <translation>Frais de l’opérateur</translation>
    </message>
    <message>
        <source>Exchange fee</source>
        <translation>Frais de change</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Import items</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>Exporter les articles</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>What you sell at the counter: tap them on the New sale screen or scan their code.</source>
        <translation>Ce que vous vendez au comptoir : touchez-les sur l’écran Nouvelle vente ou scannez leur code.</translation>
    </message>
    <message>
        <source>Search saved items</source>
        <translation>Chercher dans les articles</translation>
    </message>
    <message>
        <source>Search by name, code or category</source>
        <translation>Chercher par nom, code ou catégorie</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Show archived items</source>
        <translation>Afficher les articles archivés</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Nouvel article…</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Modifier l’article choisi</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archive or restore the selected item</source>
        <translation>Archiver ou restaurer l’article choisi</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import items from a CSV file</source>
        <translation>Importer des articles depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export items to a CSV file</source>
        <translation>Exporter les articles dans un fichier CSV</translation>
    </message>
    <message>
        <source>Saved items list</source>
        <translation>Liste des articles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Import and export result</source>
        <translation>Résultat de l’import ou de l’export</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>No item matches this search.</source>
        <translation>Aucun article ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Clear the item filters</source>
        <translation>Effacer les filtres des articles</translation>
    </message>
    <message>
        <source>No saved items yet. Add what you sell, or import a spreadsheet.</source>
        <translation>Aucun article enregistré pour l’instant. Ajoutez ce que vous vendez, ou importez un tableur.</translation>
    </message>
    <message>
        <source>New item (no items yet)</source>
        <translation>Nouvel article (aucun article pour l’instant)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <source>{count} item(s) imported from {file}.</source>
        <translation>{count} article(s) importé(s) depuis {file}.</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Ligne {row}, {field} : {problem}</translation>
    </message>
    <message>
        <source>Exporting items…</source>
        <translation>Export des articles…</translation>
    </message>
    <message>
        <source>{count} item(s) exported to {file}.</source>
        <translation>{count} article(s) exporté(s) dans {file}.</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect payment · {number}</source>
        <translation>Encaisser · {number}</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Collect {amount}</source>
        <translation>Encaisser {amount}</translation>
    </message>
    <message>
        <source>Document and customer</source>
        <translation>Document et client</translation>
    </message>
    <message>
        <source>How the customer pays</source>
        <translation>Comment le client paie</translation>
    </message>
    <message>
        <source>Mobile money push</source>
        <translation>Demande mobile money</translation>
    </message>
    <message>
        <source>Payment link / QR</source>
        <translation>Lien de paiement / QR</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (a payment in progress keeps being watched)</source>
        <translation>Fermer (un paiement en cours reste suivi)</translation>
    </message>
    <message>
        <source>A payment request for this document is already under way; it is shown here. No second request will be sent.</source>
        <translation>Une demande de paiement est déjà en cours pour ce document ; elle est affichée ici. Aucune deuxième demande ne sera envoyée.</translation>
    </message>
    <message>
        <source>Already paid: there is nothing more to collect.</source>
        <translation>Déjà payé : il n’y a plus rien à encaisser.</translation>
    </message>
</context>
<context>
    <name>CollectFeature</name>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the payment</source>
        <translation>le paiement</translation>
    </message>
    <message>
        <source>Paid: {what} · {amount} from {who}.</source>
        <translation>Payé : {what} · {amount} de {who}.</translation>
    </message>
    <message>
        <source>Payment failed: {what} from {who}: {reason}.</source>
        <translation>Paiement échoué : {what} de {who} : {reason}.</translation>
    </message>
    <message>
        <source>{what}: Dollr has no record of the request, so no money moved. You can try again.</source>
        <translation>{what} : Dollr n’a aucune trace de la demande, donc aucun argent n’a circulé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The receipt was not printed: no printer is chosen. Choose one in Settings → Business details and receipts.</source>
        <translation>Le reçu n’a pas été imprimé : aucune imprimante n’est choisie. Choisissez-en une dans Paramètres → Entreprise et reçus.</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Payé :</translation>
    </message>
    <message>
        <source>Paid, but the receipt could not be printed. Open it from Payments to print it again.</source>
        <translation>Payé, mais le reçu n’a pas pu être imprimé. Ouvrez-le depuis Paiements pour l’imprimer à nouveau.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Langue des reçus</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <translation>Comme l’application</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relation :</translation>
    </message>
    <message>
        <source>Receipt language:</source>
        <translation>Langue des reçus :</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Résultat de l’enregistrement</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the contact's name.</source>
        <translation>Saisissez le nom du contact.</translation>
    </message>
    <message>
        <source>Type a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>This doesn't look like an email address (name@example.com).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (nom@exemple.com).</translation>
    </message>
    <message>
        <source>Saving the contact…</source>
        <translation>Enregistrement du contact…</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>← All contacts</source>
        <translation>← Tous les contacts</translation>
    </message>
    <message>
        <source>Back to all contacts</source>
        <translation>Revenir à tous les contacts</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Save relationship</source>
        <translation>Enregistrer la relation</translation>
    </message>
    <message>
        <source>New invoice for this contact</source>
        <translation>Nouvelle facture pour ce contact</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relation :</translation>
    </message>
    <message>
        <source>Payments and payouts</source>
        <translation>Paiements et versements</translation>
    </message>
    <message>
        <source>Payments and payouts with this contact</source>
        <translation>Paiements et versements avec ce contact</translation>
    </message>
    <message>
        <source>Saved on this computer; not yet sent to Dollr.</source>
        <translation>Enregistré sur cet ordinateur ; pas encore envoyé à Dollr.</translation>
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation>Factures et commandes</translation>
    </message>
    <message>
        <source>Payments and payouts ({count})</source>
        <translation>Paiements et versements ({count})</translation>
    </message>
    <message>
        <source>Payments and payouts: none yet</source>
        <translation>Paiements et versements : aucun pour l’instant</translation>
    </message>
    <message>
        <source>Relationship saved: {relationship}.</source>
        <translation>Relation enregistrée : {relationship}.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>{name} (not yet sent)</source>
        <translation>{name} (pas encore envoyé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search name, phone or email  (Ctrl+F)</source>
        <translation>Chercher un nom, un téléphone ou un e-mail  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Chercher des contacts</translation>
    </message>
    <message>
        <source>Filter by relationship</source>
        <translation>Filtrer par relation</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Number of contacts shown</source>
        <translation>Nombre de contacts affichés</translation>
    </message>
    <message>
        <source>Contacts list</source>
        <translation>Liste des contacts</translation>
    </message>
    <message>
        <source>No contact matches this search.</source>
        <translation>Aucun contact ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Clear the contact filters</source>
        <translation>Effacer les filtres des contacts</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>{count} contact</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>RD Congo</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something unexpected went wrong in Dollr Desktop. Your saved data is safe; no payment was repeated. Please copy the details and send them to support.</source>
        <translation>Un problème inattendu est survenu dans Dollr Desktop. Vos données enregistrées sont intactes ; aucun paiement n’a été répété. Copiez les détails et envoyez-les au support.</translation>
    </message>
    <message>
        <source>Dollr Desktop ran into a problem</source>
        <translation>Dollr Desktop a rencontré un problème</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your items</source>
        <translation>Vos articles</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <source>Scan to pay with your phone, or approve the request on your phone.</source>
        <translation>Scannez pour payer avec votre téléphone, ou approuvez la demande sur votre téléphone.</translation>
    </message>
    <message>
        <source>Paid, thank you!</source>
        <translation>Payé, merci !</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>To pay {amount}</source>
        <translation>À payer {amount}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Type a name or phone number</source>
        <translation>Saisissez un nom ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Create a new customer</source>
        <translation>Créer un client</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Invoice {number}</source>
        <translation>Facture {number}</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <source>Invoice (not yet sent)</source>
        <translation>Facture (pas encore envoyée)</translation>
    </message>
    <message>
        <source>Order (not yet sent)</source>
        <translation>Commande (pas encore envoyée)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>A payment is being processed; it cannot be canceled now.</source>
        <translation>Un paiement est en cours de traitement ; il ne peut pas être annulé maintenant.</translation>
    </message>
    <message>
        <source>The customer pays the fees on top of the total.</source>
        <translation>Le client paie les frais en plus du total.</translation>
    </message>
    <message>
        <source>You pay the fees: they come out of what you receive.</source>
        <translation>Vous payez les frais : ils sont déduits de ce que vous recevez.</translation>
    </message>
    <message>
        <source>Total: </source>
        <translation>Total : </translation>
    </message>
    <message>
        <source>Subtotal {amount}</source>
        <translation>Sous-total {amount}</translation>
    </message>
    <message>
        <source>Discount −{amount}</source>
        <translation>Remise −{amount}</translation>
    </message>
    <message>
        <source>Net {amount}</source>
        <translation>Hors taxe {amount}</translation>
    </message>
    <message>
        <source>EBM receipt reference kept for this document's receipt.</source>
        <translation>Référence du reçu EBM enregistrée pour le reçu de ce document.</translation>
    </message>
    <message>
        <source>Choose a customer from the list, or create a new one.</source>
        <translation>Choisissez un client dans la liste ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Un article doit avoir un nom.</translation>
    </message>
    <message>
        <source>Type the unit price: a line priced 0 cannot be published.</source>
        <translation>Saisissez le prix unitaire : une ligne à 0 ne peut pas être publiée.</translation>
    </message>
    <message>
        <source>The total is more than Dollr accepts: {limit}</source>
        <translation>Le total dépasse ce que Dollr accepte : {limit}</translation>
    </message>
    <message>
        <source>Fix the marked values first: they were not taken.</source>
        <translation>Corrigez d'abord les valeurs marquées : elles n'ont pas été prises.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Add at least one item before publishing.</source>
        <translation>Ajoutez au moins un article avant de publier.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <source>Asking Dollr for the fees…</source>
        <translation>Dollr calcule les frais…</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent when Dollr is reachable.</source>
        <translation>Enregistré sur cet ordinateur ; il sera envoyé dès que Dollr sera joignable.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why this document cannot be edited</source>
        <translation>Pourquoi ce document ne peut pas être modifié</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What is this for? Shown to the customer.</source>
        <translation>À quoi cela correspond-il ? Visible par le client.</translation>
    </message>
    <message>
        <source>Who pays the fees</source>
        <translation>Qui paie les frais</translation>
    </message>
    <message>
        <source>The customer pays the fees</source>
        <translation>Le client paie les frais</translation>
    </message>
    <message>
        <source>I pay the fees</source>
        <translation>Je paie les frais</translation>
    </message>
    <message>
        <source>Fee explanation</source>
        <translation>Explication des frais</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À payer avant le</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une date d’échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Let the customer pay online with a payment link</source>
        <translation>Permettre au client de payer en ligne avec un lien de paiement</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Frais :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>EBM receipt reference</source>
        <translation>Référence du reçu EBM</translation>
    </message>
    <message>
        <source>From the EBM receipt; printed on this document's receipt</source>
        <translation>Celle du reçu EBM ; imprimée sur le reçu de ce document</translation>
    </message>
    <message>
        <source>EBM receipt:</source>
        <translation>Reçu EBM :</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Add a line item</source>
        <translation>Ajouter une ligne d’article</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer l’article</translation>
    </message>
    <message>
        <source>Remove the selected line item</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Line items error</source>
        <translation>Erreur dans les articles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discount on the whole document</source>
        <translation>Remise sur tout le document</translation>
    </message>
    <message>
        <source>10% or amount</source>
        <translation>10 % ou montant</translation>
    </message>
    <message>
        <source>Tax of the document</source>
        <translation>Taxe du document</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <source>Discount error</source>
        <translation>Erreur de remise</translation>
    </message>
    <message>
        <source>Taxes and discounts</source>
        <translation>Taxes et remises</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Remise :</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Taxe :</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Cancel this document</source>
        <translation>Annuler ce document</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Fermer l’éditeur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Collect payment…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>Répéter…</translation>
    </message>
    <message>
        <source>Repeat this document</source>
        <translation>Répéter ce document</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>Rembourser ce paiement</translation>
    </message>
    <message>
        <source>Pay in parts…</source>
        <translation>Payer en plusieurs fois…</translation>
    </message>
    <message>
        <source>Pay this document in parts</source>
        <translation>Payer ce document en plusieurs fois</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Don't ask again (Settings can turn it back on)</source>
        <translation>Ne plus demander (réactivable dans les Paramètres)</translation>
    </message>
    <message>
        <source>Don't ask again</source>
        <translation>Ne plus demander</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>Enregistrer vos modifications ?</translation>
    </message>
    <message>
        <source>This document has changes that are not saved.</source>
        <translation>Ce document a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save the draft and close</source>
        <translation>Enregistrer le brouillon et fermer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard the changes and close</source>
        <translation>Abandonner les modifications et fermer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Tax of this line</source>
        <translation>Taxe de cette ligne</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nom de l’article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Remise de la ligne</translation>
    </message>
    <message>
        <source>Saved items</source>
        <translation>Articles enregistrés</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <source>Not sent: Dollr refused it</source>
        <translation>Non envoyée : refusée par Dollr</translation>
    </message>
</context>
<context>
    <name>DocumentWording</name>
    <message>
        <source>This document is not on this computer yet; sync and try again.</source>
        <translation>Ce document n’est pas encore sur cet ordinateur ; synchronisez et réessayez.</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Choisissez d’abord un client.</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>Published: this invoice is locked. Its customer, items and amounts can no longer change. The customer can pay it now.</source>
        <translation>Publiée : cette facture est verrouillée. Son client, ses articles et ses montants ne peuvent plus changer. Le client peut la payer dès maintenant.</translation>
    </message>
    <message>
        <source>Published: this order is locked. Its customer, items and amounts can no longer change. The customer can pay it now.</source>
        <translation>Publiée : cette commande est verrouillée. Son client, ses articles et ses montants ne peuvent plus changer. Le client peut la payer dès maintenant.</translation>
    </message>
    <message>
        <source>A payment is being processed for this invoice. It cannot be changed or canceled.</source>
        <translation>Un paiement est en cours pour cette facture. Elle ne peut être ni modifiée ni annulée.</translation>
    </message>
    <message>
        <source>A payment is being processed for this order. It cannot be changed or canceled.</source>
        <translation>Un paiement est en cours pour cette commande. Elle ne peut être ni modifiée ni annulée.</translation>
    </message>
    <message>
        <source>Paid. This invoice is closed.</source>
        <translation>Payée. Cette facture est close.</translation>
    </message>
    <message>
        <source>Paid. This order is closed.</source>
        <translation>Payée. Cette commande est close.</translation>
    </message>
    <message>
        <source>Canceled. The customer can no longer pay this invoice.</source>
        <translation>Annulée. Le client ne peut plus payer cette facture.</translation>
    </message>
    <message>
        <source>Canceled. The customer can no longer pay this order.</source>
        <translation>Annulée. Le client ne peut plus payer cette commande.</translation>
    </message>
    <message>
        <source>Saved on this computer; not yet sent. It will be sent to Dollr automatically when the connection is back.</source>
        <translation>Enregistrée sur cet ordinateur, pas encore envoyée. Elle sera envoyée à Dollr automatiquement au retour de la connexion.</translation>
    </message>
    <message>
        <source>Invoice editor</source>
        <translation>Éditeur de facture</translation>
    </message>
    <message>
        <source>Order editor</source>
        <translation>Éditeur de commande</translation>
    </message>
    <message>
        <source>Cancel invoice…</source>
        <translation>Annuler la facture…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Publish this invoice?</source>
        <translation>Publier cette facture ?</translation>
    </message>
    <message>
        <source>Once published, the invoice is locked: its customer, items and amounts can no longer change. The customer can then pay it. You can still cancel it while it is unpaid.</source>
        <translation>Une fois publiée, la facture est verrouillée : son client, ses articles et ses montants ne peuvent plus changer. Le client peut alors la payer. Vous pouvez encore l’annuler tant qu’elle n’est pas payée.</translation>
    </message>
    <message>
        <source>Publish this order?</source>
        <translation>Publier cette commande ?</translation>
    </message>
    <message>
        <source>Once published, the order is locked: its customer, items and amounts can no longer change. The customer can then pay it. You can still cancel it while it is unpaid.</source>
        <translation>Une fois publiée, la commande est verrouillée : son client, ses articles et ses montants ne peuvent plus changer. Le client peut alors la payer. Vous pouvez encore l’annuler tant qu’elle n’est pas payée.</translation>
    </message>
    <message>
        <source>Published. The invoice is locked and ready to be paid.</source>
        <translation>Publiée. La facture est verrouillée et prête à être payée.</translation>
    </message>
    <message>
        <source>Published. The order is locked and ready to be paid.</source>
        <translation>Publiée. La commande est verrouillée et prête à être payée.</translation>
    </message>
    <message>
        <source>The customer will no longer be able to pay {number}. This cannot be undone.</source>
        <translation>Le client ne pourra plus payer {number}. Cette action est définitive.</translation>
    </message>
    <message>
        <source>The customer will no longer be able to pay it. This cannot be undone.</source>
        <translation>Le client ne pourra plus la payer. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Cancel this invoice?</source>
        <translation>Annuler cette facture ?</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Keep the invoice</source>
        <translation>Garder la facture</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>Annuler cette commande ?</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Garder la commande</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Search number, customer, note or item  (Ctrl+F)</source>
        <translation>Chercher un numéro, un client, une note ou un article  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search invoices and orders</source>
        <translation>Chercher des factures et des commandes</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation>Factures et commandes</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Filter by currency</source>
        <translation>Filtrer par devise</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>Totals of the documents shown</source>
        <translation>Totaux des documents affichés</translation>
    </message>
    <message>
        <source>Invoices and orders list</source>
        <translation>Liste des factures et commandes</translation>
    </message>
    <message>
        <source>Collect payment…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Collect payment for the selected document</source>
        <translation>Encaisser le document sélectionné</translation>
    </message>
    <message>
        <source>Receipt of the selected document</source>
        <translation>Reçu du document sélectionné</translation>
    </message>
    <message>
        <source>No invoice or order matches this search and these filters.</source>
        <translation>Aucune facture ni commande ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the document filters</source>
        <translation>Effacer les filtres des documents</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} affichés</translation>
    </message>
</context>
<context>
    <name>DollrApp</name>
    <message>
        <source>Please enter your client secret again to connect to Dollr.</source>
        <translation>Saisissez à nouveau votre secret client pour vous connecter à Dollr.</translation>
    </message>
    <message>
        <source>It was not found in this computer's password store.</source>
        <translation>Il est introuvable dans le trousseau de mots de passe de cet ordinateur.</translation>
    </message>
    <message>
        <source>Starting practice mode…</source>
        <translation>Démarrage du mode entraînement…</translation>
    </message>
    <message>
        <source>Offline — showing saved data.</source>
        <translation>Hors ligne — données enregistrées affichées.</translation>
    </message>
    <message>
        <source>Enter the client secret again under “Connect my Dollr account”.</source>
        <translation>Saisissez à nouveau le secret client sous « Connecter mon compte Dollr ».</translation>
    </message>
    <message>
        <source>Still connecting to Dollr… try again in a moment.</source>
        <translation>Connexion à Dollr en cours… réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Show or hide error details</source>
        <translation>Afficher ou masquer les détails de l’erreur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l’erreur</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Customer or recipient</source>
        <translation>Client ou bénéficiaire</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Received currency</source>
        <translation>Devise reçue</translation>
    </message>
    <message>
        <source>Dollr fee</source>
        <translation>Frais Dollr</translation>
    </message>
    <message>
        <source>Operator fee</source>
        <translation>Frais de l’opérateur</translation>
    </message>
    <message>
        <source>Exchange fee</source>
        <translation>Frais de change</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Devise des frais</translation>
    </message>
    <message>
        <source>Fees paid by</source>
        <translation>Frais payés par</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Operator reference</source>
        <translation>Référence opérateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Fees paid by customers</source>
        <translation>Frais payés par les clients</translation>
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation>Frais à votre charge</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Écart d’espèces</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Paiement en cours</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation>Factures et commandes</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Cash-ups</source>
        <translation>Clôtures de caisse</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>Fichier CSV (.csv)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Exporter à partir du</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter jusqu’au</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Choisir le fichier et exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the export</source>
        <translation>Fermer l’export</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>{count} rows exported to {name}</source>
        <translation>{count} lignes exportées dans {name}</translation>
    </message>
</context>
<context>
    <name>FeePreviewBox</name>
    <message>
        <source>What the customer pays</source>
        <translation>Ce que paie le client</translation>
    </message>
    <message>
        <source>Fee preview</source>
        <translation>Aperçu des frais</translation>
    </message>
    <message>
        <source>Payment method for the fee preview</source>
        <translation>Moyen de paiement pour l’aperçu des frais</translation>
    </message>
    <message>
        <source>Customer's currency for the fee preview</source>
        <translation>Devise du client pour l’aperçu des frais</translation>
    </message>
    <message>
        <source>Show fees</source>
        <translation>Voir les frais</translation>
    </message>
    <message>
        <source>Show the fees for this method</source>
        <translation>Voir les frais pour ce moyen de paiement</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Le client paie</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>Vous recevez</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Payés par :</translation>
    </message>
    <message>
        <source>Customer pays:</source>
        <translation>Le client paie :</translation>
    </message>
    <message>
        <source>You receive:</source>
        <translation>Vous recevez :</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Frais :</translation>
    </message>
    <message>
        <source>No fees</source>
        <translation>Aucuns frais</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>{field} error</source>
        <translation>Erreur : {field}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Dollr Desktop</source>
        <translation>Bienvenue dans Dollr Desktop</translation>
    </message>
    <message>
        <source>Welcome! How would you like to start?</source>
        <translation>Bienvenue ! Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Practice with demo data</source>
        <translation>S’entraîner avec des données de démonstration</translation>
    </message>
    <message>
        <source>Try invoices, payments and payouts with demo money. Nothing real moves, and you can connect your account later from Settings.</source>
        <translation>Essayez factures, paiements et versements avec de l’argent fictif. Aucun argent réel ne bouge, et vous pourrez connecter votre compte plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>Connect my Dollr account</source>
        <translation>Connecter mon compte Dollr</translation>
    </message>
    <message>
        <source>Use your API keys from the Dollr merchant portal to take real payments.</source>
        <translation>Utilisez vos clés API du portail marchand Dollr pour encaisser de vrais paiements.</translation>
    </message>
    <message>
        <source>I have a backup</source>
        <translation>J’ai une sauvegarde</translation>
    </message>
    <message>
        <source>Bring back your journal, documents, contacts and settings from a Dollr Desktop backup file (for example on a USB stick).</source>
        <translation>Récupérez votre journal, vos documents, vos contacts et vos paramètres depuis un fichier de sauvegarde Dollr Desktop (par exemple sur une clé USB).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the choice</source>
        <translation>Revenir au choix</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connect and check the keys</source>
        <translation>Connecter et vérifier les clés</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Checking your keys with Dollr…</source>
        <translation>Vérification de vos clés auprès de Dollr…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Not connected yet: see the messages above.</source>
        <translation>Pas encore connecté : voir les messages ci-dessus.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Waiting to be paid</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Reminders to send today</source>
        <translation>Rappels à envoyer aujourd’hui</translation>
    </message>
    <message>
        <source>See reminders</source>
        <translation>Voir les rappels</translation>
    </message>
    <message>
        <source>See reminders to send</source>
        <translation>Voir les rappels à envoyer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Collections appear here once payments are set up.</source>
        <translation>Les encaissements s’affichent ici une fois les paiements configurés.</translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Solde estimé</translation>
    </message>
    <message>
        <source>An estimate from the payments this app knows. &lt;a href="{url}"&gt;Exact balance in the Dollr portal&lt;/a&gt;</source>
        <translation>Une estimation d’après les paiements que connaît l’application. &lt;a href="{url}"&gt;Solde exact sur le portail Dollr&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About the estimated balance</source>
        <translation>À propos du solde estimé</translation>
    </message>
    <message>
        <source>Opening balance…</source>
        <translation>Solde d’ouverture…</translation>
    </message>
    <message>
        <source>Set an opening balance</source>
        <translation>Saisir un solde d’ouverture</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <source>Takings chart</source>
        <translation>Graphique des recettes</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Période du graphique</translation>
    </message>
    <message>
        <source>Chart currency</source>
        <translation>Devise du graphique</translation>
    </message>
    <message>
        <source>Last payments</source>
        <translation>Derniers paiements</translation>
    </message>
    <message>
        <source>New sale (F2)</source>
        <translation>Nouvelle vente (F2)</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>See overdue</source>
        <translation>Voir les retards</translation>
    </message>
    <message>
        <source>See overdue invoices</source>
        <translation>Voir les factures en retard</translation>
    </message>
    <message>
        <source>{count} not published yet</source>
        <translation>{count} pas encore publiés</translation>
    </message>
    <message>
        <source>{count} document</source>
        <translation>{count} document</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} documents</translation>
    </message>
    <message>
        <source>No payments yet today.</source>
        <translation>Aucun paiement aujourd’hui pour l’instant.</translation>
    </message>
    <message>
        <source>{net} received from 1 payment</source>
        <translation>{net} reçus d’1 paiement</translation>
    </message>
    <message>
        <source>{net} received from {count} payments</source>
        <translation>{net} reçus de {count} paiements</translation>
    </message>
    <message>
        <source>sales {gross}</source>
        <translation>ventes {gross}</translation>
    </message>
    <message>
        <source>fees you bore {fees}</source>
        <translation>frais à votre charge {fees}</translation>
    </message>
    <message>
        <source>fees customers bore {fees}</source>
        <translation>frais payés par les clients {fees}</translation>
    </message>
    <message>
        <source>Nothing received yet today</source>
        <translation>Rien reçu aujourd’hui pour l’instant</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <source>paid out {amount}</source>
        <translation>versé {amount}</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Aucun paiement pour l’instant.</translation>
    </message>
    <message>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>(depuis le {date})</translation>
    </message>
    <message>
        <source>No takings in this period yet.</source>
        <translation>Aucune recette sur cette période pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Modifier l’article</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nom de l’article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code (SKU or barcode)</source>
        <translation>Code (référence ou code-barres)</translation>
    </message>
    <message>
        <source>optional; scan it here</source>
        <translation>facultatif ; scannez-le ici</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>optional; sales count it down</source>
        <translation>facultatif ; les ventes le décomptent</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>In stock:</source>
        <translation>En stock :</translation>
    </message>
    <message>
        <source>Price in {currency}</source>
        <translation>Prix en {currency}</translation>
    </message>
    <message>
        <source>no price in {currency}</source>
        <translation>pas de prix en {currency}</translation>
    </message>
    <message>
        <source>Price ({currency}):</source>
        <translation>Prix ({currency}) :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Enregistrer l’article</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type a whole number, 0 or more, or leave it empty.</source>
        <translation>Tapez un nombre entier, 0 ou plus, ou laissez vide.</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Un article doit avoir un nom.</translation>
    </message>
    <message>
        <source>Give the item a price in at least one currency.</source>
        <translation>Donnez à l’article un prix dans au moins une devise.</translation>
    </message>
</context>
<context>
    <name>ItemTiles</name>
    <message>
        <source>Saved items</source>
        <translation>Articles enregistrés</translation>
    </message>
    <message>
        <source>No saved items</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <source>{count} in stock</source>
        <translation>{count} en stock</translation>
    </message>
</context>
<context>
    <name>LanguageAppearanceBox</name>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Like this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Normal (100 %)</source>
        <translation>Normale (100 %)</translation>
    </message>
    <message>
        <source>Large (125 %)</source>
        <translation>Grande (125 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Plus grande (150 %)</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Restart Dollr Desktop now</source>
        <translation>Redémarrer Dollr Desktop maintenant</translation>
    </message>
    <message>
        <source>Restart Dollr Desktop to see every screen at this size.</source>
        <translation>Redémarrez Dollr Desktop pour voir tous les écrans à cette taille.</translation>
    </message>
    <message>
        <source>Restart Dollr Desktop to see every screen in {language}.</source>
        <translation>Redémarrez Dollr Desktop pour voir tous les écrans en {language}.</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <source>A discount in percent is more than 0 and less than 100, e.g. 10%.</source>
        <translation>Une remise en pourcentage est supérieure à 0 et inférieure à 100, p. ex. 10 %.</translation>
    </message>
    <message>
        <source>Dollr accepts at most {amount} in one amount.</source>
        <translation>Dollr accepte au plus {amount} par montant.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Ligne {line} : {message}</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Un article doit avoir un nom.</translation>
    </message>
    <message>
        <source>Quantity is a whole number, 1 or more.</source>
        <translation>La quantité est un nombre entier, 1 ou plus.</translation>
    </message>
    <message>
        <source>Quantity is at most 100,000.</source>
        <translation>La quantité est d'au plus 100 000.</translation>
    </message>
    <message>
        <source>Type the unit price.</source>
        <translation>Saisissez le prix unitaire.</translation>
    </message>
    <message>
        <source>The discount is as large as the line: make it smaller.</source>
        <translation>La remise est aussi grande que la ligne : réduisez-la.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Copy the payment link</source>
        <translation>Copier le lien de paiement</translation>
    </message>
    <message>
        <source>Open the payment page in the browser</source>
        <translation>Ouvrir la page de paiement dans le navigateur</translation>
    </message>
    <message>
        <source>Share the link by WhatsApp</source>
        <translation>Partager le lien par WhatsApp</translation>
    </message>
    <message>
        <source>Share the link by SMS</source>
        <translation>Partager le lien par SMS</translation>
    </message>
    <message>
        <source>Share the link by email</source>
        <translation>Partager le lien par e-mail</translation>
    </message>
    <message>
        <source>Preparing the payment link…</source>
        <translation>Préparation du lien de paiement…</translation>
    </message>
    <message>
        <source>Payment link status</source>
        <translation>État du lien de paiement</translation>
    </message>
    <message>
        <source>The customer scans the code with their phone's camera and pays by mobile money or card on Dollr's page.</source>
        <translation>Le client scanne le code avec l’appareil photo de son téléphone et paie par mobile money ou par carte sur la page Dollr.</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Partager :</translation>
    </message>
    <message>
        <source>{number} was not made as a payment link, so Dollr has no payment page for it. Use mobile money push instead.</source>
        <translation>{number} n’a pas été créé comme lien de paiement : Dollr n’a donc pas de page de paiement pour lui. Utilisez plutôt la demande mobile money.</translation>
    </message>
    <message>
        <source>Getting the payment link…</source>
        <translation>Récupération du lien de paiement…</translation>
    </message>
    <message>
        <source>The payment link could not be fetched. Check the connection and try again.</source>
        <translation>Le lien de paiement n’a pas pu être obtenu. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay {amount} on the page…</source>
        <translation>En attente du paiement de {amount} par le client sur la page…</translation>
    </message>
    <message>
        <source>Payment for {number}</source>
        <translation>Paiement de {number}</translation>
    </message>
    <message>
        <source>Link copied. Paste it into any message to the customer.</source>
        <translation>Lien copié. Collez-le dans un message au client.</translation>
    </message>
    <message>
        <source>The old link expired; this is a new one.</source>
        <translation>L’ancien lien a expiré ; voici un nouveau lien.</translation>
    </message>
    <message>
        <source>Paid. {number} is settled.</source>
        <translation>Payé. {number} est réglé.</translation>
    </message>
    <message>
        <source>The receipt is ready.</source>
        <translation>Le reçu est prêt.</translation>
    </message>
    <message>
        <source>The customer is paying now…</source>
        <translation>Le client est en train de payer…</translation>
    </message>
    <message>
        <source>{number} was canceled; it can no longer be paid.</source>
        <translation>{number} a été annulé ; il ne peut plus être payé.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>This computer was left alone for a while. Type your PIN to go on.</source>
        <translation>Cet ordinateur est resté inutilisé un moment. Tapez votre code PIN pour continuer.</translation>
    </message>
    <message>
        <source>Why it is locked</source>
        <translation>Pourquoi c’est verrouillé</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Locked by hand. Type your PIN to go on.</source>
        <translation>Verrouillé à la main. Tapez votre code PIN pour continuer.</translation>
    </message>
    <message>
        <source>Who is at the computer? Choose your name and type your PIN.</source>
        <translation>Qui est à l’ordinateur ? Choisissez votre nom et tapez votre code PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Invoices &amp; orders</source>
        <translation>Factures et commandes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Rubrique affichée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch the latest from Dollr now (F5)</source>
        <translation>Récupérer les dernières données de Dollr maintenant (F5)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Compte : {name}</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>ENTRAÎNEMENT</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>RÉEL</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last synced: {when}</source>
        <translation>Synchronisé : {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Payout runs</source>
        <translation>Versements groupés</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Recurring bills</source>
        <translation>Factures récurrentes</translation>
    </message>
</context>
<context>
    <name>MomoPanel</name>
    <message>
        <source>Detecting from the number…</source>
        <translation>Détection d’après le numéro…</translation>
    </message>
    <message>
        <source>Type the customer's mobile-money number.</source>
        <translation>Saisissez le numéro mobile money du client.</translation>
    </message>
    <message>
        <source>Asking Dollr which operator this number is on…</source>
        <translation>Dollr vérifie l’opérateur de ce numéro…</translation>
    </message>
    <message>
        <source>Checking the number…</source>
        <translation>Vérification du numéro…</translation>
    </message>
    <message>
        <source>Dollr did not recognise this number as mobile money. Check it, or choose the operator.</source>
        <translation>Dollr n’a pas reconnu ce numéro comme mobile money. Vérifiez-le ou choisissez l’opérateur.</translation>
    </message>
    <message>
        <source>✓ {operator} (detected).</source>
        <translation>✓ {operator} (détecté).</translation>
    </message>
    <message>
        <source>✓ {operator} (detected). Wrong? Choose another operator.</source>
        <translation>✓ {operator} (détecté). Erreur ? Choisissez un autre opérateur.</translation>
    </message>
    <message>
        <source>Chosen by you: {operator}.</source>
        <translation>Choisi par vous : {operator}.</translation>
    </message>
    <message>
        <source>Asking Dollr for the fees…</source>
        <translation>Dollr calcule les frais…</translation>
    </message>
    <message>
        <source>The fees could not be fetched. Check the connection and the number.</source>
        <translation>Impossible d’obtenir les frais. Vérifiez la connexion et le numéro.</translation>
    </message>
    <message>
        <source>Customer pays {pays} · you receive {receive}</source>
        <translation>Le client paie {pays} · vous recevez {receive}</translation>
    </message>
    <message>
        <source>Fees: {fees}</source>
        <translation>Frais : {fees}</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Aucuns frais.</translation>
    </message>
    <message>
        <source>A payment request for this document is already waiting for the customer. It is shown here; no second request was sent.</source>
        <translation>Une demande de paiement pour ce document attend déjà le client. Elle est affichée ici ; aucune deuxième demande n’a été envoyée.</translation>
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation>Envoi de la demande de paiement…</translation>
    </message>
    <message>
        <source>the request could not be sent; no money moved. Try again.</source>
        <translation>la demande n’a pas pu être envoyée ; aucun argent n’a bougé. Réessayez.</translation>
    </message>
    <message>
        <source>This payment goes through {operator}.</source>
        <translation>Ce paiement passe par {operator}.</translation>
    </message>
    <message>
        <source>{paid} paid · you receive {received}</source>
        <translation>{paid} payés · vous recevez {received}</translation>
    </message>
    <message>
        <source>No money moved. You can send a new request, or use the payment link.</source>
        <translation>Aucun argent n’a circulé. Vous pouvez envoyer une nouvelle demande ou utiliser le lien de paiement.</translation>
    </message>
    <message>
        <source>the request never reached Dollr, so no money moved. You can try again.</source>
        <translation>la demande n’est jamais arrivée chez Dollr : aucun argent n’a bougé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. The app is checking this payment's status; it will never be sent twice.</source>
        <translation>La réponse s’est perdue en route. L’application vérifie l’état de ce paiement ; il ne sera jamais envoyé deux fois.</translation>
    </message>
    <message>
        <source>This payment needs the customer to confirm it on Dollr's secure page (for example a card's 3-D Secure check), which this app cannot show. Open the payment page and let the customer finish there.</source>
        <translation>Ce paiement doit être confirmé par le client sur la page sécurisée de Dollr (par exemple la vérification 3-D Secure d’une carte), que cette application ne peut pas afficher. Ouvrez la page de paiement et laissez le client terminer.</translation>
    </message>
    <message>
        <source>Paid through the payment link. Nothing more to collect.</source>
        <translation>Payé par le lien de paiement. Plus rien à encaisser.</translation>
    </message>
    <message>
        <source>Customer's mobile-money number</source>
        <translation>Numéro mobile money du client</translation>
    </message>
    <message>
        <source>Mobile-money operator</source>
        <translation>Opérateur mobile money</translation>
    </message>
    <message>
        <source>Operator detection</source>
        <translation>Détection de l’opérateur</translation>
    </message>
    <message>
        <source>Customer's currency</source>
        <translation>Devise du client</translation>
    </message>
    <message>
        <source>What the customer pays and you receive</source>
        <translation>Ce que le client paie et ce que vous recevez</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Send payment request</source>
        <translation>Envoyer la demande de paiement</translation>
    </message>
    <message>
        <source>Confirm and send the payment request to the customer's phone</source>
        <translation>Confirmer et envoyer la demande de paiement au téléphone du client</translation>
    </message>
    <message>
        <source>Payment notice</source>
        <translation>Avis de paiement</translation>
    </message>
    <message>
        <source>Open the payment page instead</source>
        <translation>Ouvrir plutôt la page de paiement</translation>
    </message>
    <message>
        <source>Open the hosted payment page</source>
        <translation>Ouvrir la page de paiement hébergée</translation>
    </message>
    <message>
        <source>Customer's number:</source>
        <translation>Numéro du client :</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Opérateur :</translation>
    </message>
    <message>
        <source>Customer pays in:</source>
        <translation>Le client paie en :</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“{text}” is not an amount. Type digits, e.g. 150.00.</source>
        <translation>« {text} » n'est pas un montant. Tapez des chiffres, p. ex. 150,00.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimals.</source>
        <translation>Les montants en {currency} n'ont pas de décimales.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {places} decimals.</source>
        <translation>Les montants en {currency} ont au plus {places} décimales.</translation>
    </message>
</context>
<context>
    <name>NewPayoutDialog</name>
    <message>
        <source>New payout</source>
        <translation>Nouveau versement</translation>
    </message>
    <message>
        <source>Payout problem</source>
        <translation>Problème de versement</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue to approval</source>
        <translation>Passer à l’approbation</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Approve the payout</source>
        <translation>Approuver le versement</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Ouvrir une nouvelle session</translation>
    </message>
    <message>
        <source>Start a new payout session</source>
        <translation>Ouvrir une nouvelle session de versement</translation>
    </message>
    <message>
        <source>Change details</source>
        <translation>Modifier les détails</translation>
    </message>
    <message>
        <source>Change the payout details</source>
        <translation>Modifier les détails du versement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Envoyer pour approbation</translation>
    </message>
    <message>
        <source>Send the payout for the owner's approval</source>
        <translation>Envoyer le versement pour approbation par le propriétaire</translation>
    </message>
    <message>
        <source>More than the estimated balance</source>
        <translation>Plus que le solde estimé</translation>
    </message>
    <message>
        <source>This payout debits {debited}, more than the estimated balance of {estimate}.</source>
        <translation>Ce versement débite {debited}, plus que le solde estimé de {estimate}.</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Continuer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>The estimate only counts what this app knows; Dollr refuses a payout the wallet cannot cover.</source>
        <translation>L’estimation ne compte que ce que l’application connaît ; Dollr refuse un versement que le portefeuille ne peut pas couvrir.</translation>
    </message>
    <message>
        <source>Preparing the payout…</source>
        <translation>Préparation du versement…</translation>
    </message>
    <message>
        <source>The previous session expired and nothing was paid. Start a new session to pay {amount} to {name}?</source>
        <translation>La session précédente a expiré et rien n’a été payé. Ouvrir une nouvelle session pour payer {amount} à {name} ?</translation>
    </message>
    <message>
        <source>Only the owner approves payouts. Switch user to the owner, or close this window.</source>
        <translation>Seul le propriétaire approuve les versements. Passez au propriétaire, ou fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>Open the Dollr portal to finish verification</source>
        <translation>Ouvrir le portail Dollr pour terminer la vérification</translation>
    </message>
    <message>
        <source>New payout (account closed)</source>
        <translation>Nouveau versement (compte fermé)</translation>
    </message>
    <message>
        <source>Recipient's mobile-money number</source>
        <translation>Numéro mobile money du bénéficiaire</translation>
    </message>
    <message>
        <source>Operator detected by Dollr</source>
        <translation>Opérateur détecté par Dollr</translation>
    </message>
    <message>
        <source>Amount the recipient gets</source>
        <translation>Montant reçu par le bénéficiaire</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ex. 150,00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>optional, e.g. March salary or invoice 1042</source>
        <translation>facultatif, p. ex. salaire de mars ou facture 1042</translation>
    </message>
    <message>
        <source>Pay to:</source>
        <translation>Payer à :</translation>
    </message>
    <message>
        <source>Mobile money:</source>
        <translation>Mobile money :</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>✓ Dollr: {operator} · pays out in {currencies}</source>
        <translation>✓ Dollr : {operator} · verse en {currencies}</translation>
    </message>
    <message>
        <source>Choose who gets the money, or create a new recipient.</source>
        <translation>Choisissez qui reçoit l’argent ou créez un nouveau bénéficiaire.</translation>
    </message>
    <message>
        <source>Type the recipient's mobile-money number.</source>
        <translation>Saisissez le numéro mobile money du bénéficiaire.</translation>
    </message>
    <message>
        <source>Type the amount the recipient gets.</source>
        <translation>Saisissez le montant que reçoit le bénéficiaire.</translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show what the notice is about</source>
        <translation>Afficher l’objet de l’avis</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline banner</source>
        <translation>Bandeau hors ligne</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Opening balance window</source>
        <translation>Fenêtre du solde d’ouverture</translation>
    </message>
    <message>
        <source>Enter what your Dollr wallet held on a date (from the Dollr portal). The estimate adds what came in and takes away what went out since then. Leave the amount empty to remove it.</source>
        <translation>Saisissez le solde de votre portefeuille Dollr à une date (lu sur le portail Dollr). L’estimation ajoute ce qui est entré et retire ce qui est sorti depuis. Laissez le montant vide pour le supprimer.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>On the date</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Problème avec le montant</translation>
    </message>
    <message>
        <source>Save opening balance</source>
        <translation>Enregistrer le solde d’ouverture</translation>
    </message>
    <message>
        <source>{currency} amounts cannot have that many decimals.</source>
        <translation>Les montants en {currency} ne peuvent pas avoir autant de décimales.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Offline — showing saved data.</source>
        <translation>Hors ligne — données enregistrées affichées.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Making the parts…</source>
        <translation>Création des parts…</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyPanel</name>
    <message>
        <source>{where}: only the owner</source>
        <translation>{where} : seulement le propriétaire</translation>
    </message>
    <message>
        <source>Only the owner can open this</source>
        <translation>Seul le propriétaire peut ouvrir ceci</translation>
    </message>
    <message>
        <source>{where}: why this is closed</source>
        <translation>{where} : pourquoi c’est fermé</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Changer d’utilisateur…</translation>
    </message>
    <message>
        <source>{where}: switch to the owner</source>
        <translation>{where} : passer au propriétaire</translation>
    </message>
</context>
<context>
    <name>PasscodeEdit</name>
    <message>
        <source>your Dollr payout passcode</source>
        <translation>votre code de versement Dollr</translation>
    </message>
</context>
<context>
    <name>PaymentStates</name>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Checking with Dollr</source>
        <translation>Vérification auprès de Dollr</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not sent (no money moved)</source>
        <translation>Non envoyé (aucun argent n’a circulé)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>PaymentTimeline</name>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Payment progress</source>
        <translation>Avancement du paiement</translation>
    </message>
    <message>
        <source>Prompt sent</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <source>Waiting for the customer to approve</source>
        <translation>En attente de l’accord du client</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Sending the prompt…</source>
        <translation>Envoi de la demande…</translation>
    </message>
    <message>
        <source>Checking that the prompt arrived</source>
        <translation>Vérification de la réception de la demande</translation>
    </message>
    <message>
        <source>The customer approved</source>
        <translation>Le client a accepté</translation>
    </message>
    <message>
        <source>The prompt was not sent</source>
        <translation>La demande n’a pas été envoyée</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Échec : {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentWording</name>
    <message>
        <source>{number} is {status}, so it cannot be paid now. Publish it first (or refresh: it may already be paid).</source>
        <translation>{number} est {status} : il ne peut pas être payé maintenant. Publiez-le d’abord (ou actualisez : il est peut-être déjà payé).</translation>
    </message>
    <message>
        <source>Only a payment request that never reached Dollr can be sent again; this one did reach it. Its status is checked instead.</source>
        <translation>Seule une demande de paiement qui n’a jamais atteint Dollr peut être renvoyée ; celle-ci l’a atteint. Son statut est vérifié à la place.</translation>
    </message>
    <message>
        <source>the recipient's mobile-money operator did not accept the payout (their wallet or number, not yours). Nothing was paid to them: check the number with the recipient, then make a new payout</source>
        <translation>l’opérateur mobile money du bénéficiaire n’a pas accepté le virement (son portefeuille ou son numéro, pas le vôtre). Rien ne lui a été versé : vérifiez le numéro avec le bénéficiaire, puis faites un nouveau virement</translation>
    </message>
    <message>
        <source>Nothing was paid: top up the wallet (or pay less), then make a new payout</source>
        <translation>Rien n’a été payé : approvisionnez le portefeuille (ou payez moins), puis faites un nouveau versement</translation>
    </message>
    <message>
        <source>Nothing was paid to the recipient; you can make a new payout</source>
        <translation>Rien n’a été versé au bénéficiaire ; vous pouvez faire un nouveau virement</translation>
    </message>
    <message>
        <source>the customer's mobile-money operator did not approve the payment</source>
        <translation>l’opérateur mobile money du client n’a pas approuvé le paiement</translation>
    </message>
    <message>
        <source>the customer's wallet had too little money</source>
        <translation>le portefeuille du client n’avait pas assez d’argent</translation>
    </message>
    <message>
        <source>the customer did not approve in time</source>
        <translation>le client n’a pas validé à temps</translation>
    </message>
    <message>
        <source>the customer cancelled the prompt</source>
        <translation>le client a annulé la demande</translation>
    </message>
    <message>
        <source>Dollr answered late for this attempt, after the app had taken it as never received: this money DID move. Check for a second payment made meanwhile</source>
        <translation>Dollr a répondu tard pour cette tentative, après que l’application l’a considérée comme jamais reçue : cet argent A BIEN été transféré. Vérifiez qu’un second paiement n’a pas été fait entre-temps</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation>Référence {reference}</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>here is {merchant}'s order {number} for {amount}.</source>
        <translation>voici la commande {number} de {merchant} pour {amount}.</translation>
    </message>
    <message>
        <source>here is {merchant}'s invoice {number} for {amount}.</source>
        <translation>voici la facture {number} de {merchant} pour {amount}.</translation>
    </message>
    <message>
        <source>You can pay it by mobile money or card here: {url} Thank you!</source>
        <translation>Vous pouvez la payer par mobile money ou par carte ici : {url} Merci !</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <source>The customer has a prompt on their phone to enter their PIN.</source>
        <translation>Le client a reçu sur son téléphone une demande de saisie de son code PIN.</translation>
    </message>
    <message>
        <source>Still waiting after {minutes} min. That is normal: some customers take a while. You can close this window; the app keeps watching and tells you when it ends.</source>
        <translation>Toujours en attente après {minutes} min. C’est normal : certains clients prennent leur temps. Vous pouvez fermer cette fenêtre ; l’application continue de suivre le paiement et vous prévient quand il se termine.</translation>
    </message>
    <message>
        <source>Customer pays {paid} · you receive {received}</source>
        <translation>Le client paie {paid} · vous recevez {received}</translation>
    </message>
    <message>
        <source>Fees: {fees}</source>
        <translation>Frais : {fees}</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>Today {time}</source>
        <translation>Aujourd’hui {time}</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Refund: {state}</source>
        <translation>Remboursement : {state}</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Paid · partly refunded ({amount})</source>
        <translation>Payé · remboursé en partie ({amount})</translation>
    </message>
    <message>
        <source>checked after restart</source>
        <translation>vérifié après redémarrage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reference {reference} (select the row and press Ctrl+C to copy it)</source>
        <translation>Référence {reference} (sélectionnez la ligne et appuyez sur Ctrl+C pour la copier)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Quick sale…</source>
        <translation>Vente rapide…</translation>
    </message>
    <message>
        <source>Quick sale: a payment link for a sale at the counter</source>
        <translation>Vente rapide : un lien de paiement pour une vente au comptoir</translation>
    </message>
    <message>
        <source>Search customer, document, phone or reference  (Ctrl+F)</source>
        <translation>Chercher un client, un document, un téléphone ou une référence  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Chercher des paiements</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Only today</source>
        <translation>Aujourd’hui seulement</translation>
    </message>
    <message>
        <source>Only pending</source>
        <translation>En attente seulement</translation>
    </message>
    <message>
        <source>Only failed</source>
        <translation>Échoués seulement</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par sorte</translation>
    </message>
    <message>
        <source>Collections and payouts</source>
        <translation>Encaissements et versements</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Filter by method</source>
        <translation>Filtrer par moyen</translation>
    </message>
    <message>
        <source>Filter by currency</source>
        <translation>Filtrer par devise</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <source>Copy the selected payment's reference id</source>
        <translation>Copier la référence du paiement sélectionné</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Reçu…</translation>
    </message>
    <message>
        <source>Receipt of the selected payment</source>
        <translation>Reçu du paiement sélectionné</translation>
    </message>
    <message>
        <source>Preview, print, save or share the receipt (works offline)</source>
        <translation>Aperçu, impression, enregistrement ou partage du reçu (fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Refund the selected payment</source>
        <translation>Rembourser le paiement sélectionné</translation>
    </message>
    <message>
        <source>Export receipts…</source>
        <translation>Exporter des reçus…</translation>
    </message>
    <message>
        <source>Export the receipts of a date range to PDFs</source>
        <translation>Exporter en PDF les reçus d’une période</translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation>Paiements affichés</translation>
    </message>
    <message>
        <source>Payments list</source>
        <translation>Liste des paiements</translation>
    </message>
    <message>
        <source>No payment matches this search and these filters.</source>
        <translation>Aucun paiement ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>Clear the payment filters</source>
        <translation>Effacer les filtres des paiements</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Tous les moyens</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>{count} payment shown</source>
        <translation>{count} paiement affiché</translation>
    </message>
    <message>
        <source>{count} payments shown</source>
        <translation>{count} paiements affichés</translation>
    </message>
    <message>
        <source>Copied reference {reference}</source>
        <translation>Référence {reference} copiée</translation>
    </message>
    <message>
        <source>{count} payments received</source>
        <translation>{count} paiements reçus</translation>
    </message>
    <message>
        <source>{who} paid {amount} ({document})</source>
        <translation>{who} a payé {amount} ({document})</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
</context>
<context>
    <name>PayoutFeeBox</name>
    <message>
        <source>Recipient gets {gets} · your wallet is debited {debited}</source>
        <translation>Le bénéficiaire reçoit {gets} · votre portefeuille est débité de {debited}</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Fee preview</source>
        <translation>Aperçu des frais</translation>
    </message>
    <message>
        <source>Choose the recipient and type an amount to see the fees.</source>
        <translation>Choisissez le bénéficiaire et saisissez un montant pour voir les frais.</translation>
    </message>
    <message>
        <source>Recipient gets and wallet debited</source>
        <translation>Montant reçu et montant débité du portefeuille</translation>
    </message>
    <message>
        <source>Fee details</source>
        <translation>Détail des frais</translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Solde estimé</translation>
    </message>
    <message>
        <source>Estimated balance: ≈ {amount}</source>
        <translation>Solde estimé : ≈ {amount}</translation>
    </message>
    <message>
        <source>this payout is more than that; Dollr refuses a payout the wallet cannot cover.</source>
        <translation>ce versement dépasse ce montant ; Dollr refuse un versement que le portefeuille ne peut pas couvrir.</translation>
    </message>
    <message>
        <source>No fees</source>
        <translation>Aucuns frais</translation>
    </message>
</context>
<context>
    <name>PayoutRunWords</name>
    <message>
        <source>This file is not UTF-8 text. Save it as “CSV UTF-8” and open it again.</source>
        <translation>Ce fichier n'est pas du texte UTF-8. Enregistrez-le en « CSV UTF-8 » puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file has no rows to pay.</source>
        <translation>Ce fichier ne contient aucune ligne à payer.</translation>
    </message>
    <message>
        <source>The first line must name the columns name, phone, amount and currency (note and reference are optional). Missing: {columns}.</source>
        <translation>La première ligne doit nommer les colonnes name, phone, amount et currency (note et reference sont facultatives). Manquantes : {columns}.</translation>
    </message>
    <message>
        <source>Type the recipient's name.</source>
        <translation>Saisissez le nom du bénéficiaire.</translation>
    </message>
    <message>
        <source>Dollr pays no mobile-money operator for this number.</source>
        <translation>Dollr ne paie aucun opérateur de mobile money pour ce numéro.</translation>
    </message>
    <message>
        <source>Choose a currency (USD, LRD or RWF).</source>
        <translation>Choisissez une devise (USD, LRD ou RWF).</translation>
    </message>
    <message>
        <source>Dollr does not pay out in {currency}: use USD, LRD or RWF.</source>
        <translation>Dollr ne verse pas en {currency} : utilisez USD, LRD ou RWF.</translation>
    </message>
    <message>
        <source>{method} does not pay {currency}: it pays {currencies}.</source>
        <translation>{method} ne paie pas en {currency} : il paie en {currencies}.</translation>
    </message>
    <message>
        <source>Type the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <source>The amount is not a number, e.g. 1250.50.</source>
        <translation>Le montant n'est pas un nombre, par ex. 1250.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount is above Dollr's limit for one payout.</source>
        <translation>Le montant dépasse la limite de Dollr pour un versement.</translation>
    </message>
    <message>
        <source>{currency} has no decimals: use a whole amount.</source>
        <translation>Le {currency} n'a pas de décimales : saisissez un montant entier.</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals at most.</source>
        <translation>Le {currency} a {decimals} décimales au plus.</translation>
    </message>
    <message>
        <source>Same number as row {position}. Tick “Pay twice” if both payments are meant.</source>
        <translation>Même numéro que la ligne {position}. Cochez « Payer deux fois » si les deux paiements sont voulus.</translation>
    </message>
    <message>
        <source>Some rows still have problems: fix them or leave them out first.</source>
        <translation>Certaines lignes ont encore des problèmes : corrigez-les ou écartez-les d'abord.</translation>
    </message>
    <message>
        <source>This run is already paying.</source>
        <translation>Ce lot est déjà en cours de paiement.</translation>
    </message>
    <message>
        <source>This run has already been paid or cancelled.</source>
        <translation>Ce lot a déjà été payé ou annulé.</translation>
    </message>
    <message>
        <source>Approve the run with your passcode to go on.</source>
        <translation>Approuvez le lot avec votre code pour continuer.</translation>
    </message>
    <message>
        <source>Dollr could not be reached, so the run paused. Nothing was sent for the waiting rows; resume when the connection is back.</source>
        <translation>Dollr est injoignable : le lot est en pause. Rien n'a été envoyé pour les lignes en attente ; reprenez quand la connexion est revenue.</translation>
    </message>
    <message>
        <source>Only the owner can approve payout runs on this computer.</source>
        <translation>Seul le propriétaire peut approuver les versements groupés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Not paid: run cancelled</source>
        <translation>Non payée : lot annulé</translation>
    </message>
    <message>
        <source>Sending to Dollr…</source>
        <translation>Envoi à Dollr…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Processing: the operator delivers it</source>
        <translation>En cours chez l'opérateur</translation>
    </message>
    <message>
        <source>Checking with Dollr</source>
        <translation>Vérification auprès de Dollr</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Never reached Dollr: not paid</source>
        <translation>Jamais parvenue à Dollr : non payée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Paiement en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting for Dollr</source>
        <translation>En attente de Dollr</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>PayoutRunsView</name>
    <message>
        <source>Payout runs</source>
        <translation>Versements groupés</translation>
    </message>
    <message>
        <source>Pay many people at once: payroll, suppliers on Friday. Every row is checked before anything moves; the owner approves the whole run once with the passcode.</source>
        <translation>Payez plusieurs personnes à la fois : la paie, les fournisseurs du vendredi. Chaque ligne est vérifiée avant que l'argent ne bouge ; le propriétaire approuve le lot entier une seule fois avec le code.</translation>
    </message>
    <message>
        <source>New run from a CSV file…</source>
        <translation>Nouveau lot depuis un fichier CSV…</translation>
    </message>
    <message>
        <source>New run from a CSV file</source>
        <translation>Nouveau lot depuis un fichier CSV</translation>
    </message>
    <message>
        <source>New run from contacts…</source>
        <translation>Nouveau lot depuis les contacts…</translation>
    </message>
    <message>
        <source>New run from contacts</source>
        <translation>Nouveau lot depuis les contacts</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Listes enregistrées</translation>
    </message>
    <message>
        <source>New run from this list</source>
        <translation>Nouveau lot depuis cette liste</translation>
    </message>
    <message>
        <source>New run from the saved list</source>
        <translation>Nouveau lot depuis la liste enregistrée</translation>
    </message>
    <message>
        <source>Payout runs list</source>
        <translation>Liste des versements groupés</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Ouvrir le lot</translation>
    </message>
    <message>
        <source>Open the selected run</source>
        <translation>Ouvrir le lot sélectionné</translation>
    </message>
    <message>
        <source>Payout runs message</source>
        <translation>Message des versements groupés</translation>
    </message>
    <message>
        <source>No payout runs yet. Start one from your contacts or from a CSV file.</source>
        <translation>Aucun versement groupé pour l’instant. Commencez-en un depuis vos contacts ou depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>New run from contacts (no runs yet)</source>
        <translation>Nouveau lot depuis les contacts (aucun lot pour l’instant)</translation>
    </message>
    <message>
        <source>‹ All runs</source>
        <translation>‹ Tous les lots</translation>
    </message>
    <message>
        <source>Back to all runs</source>
        <translation>Retour à tous les lots</translation>
    </message>
    <message>
        <source>Run title</source>
        <translation>Titre du lot</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nom du lot</translation>
    </message>
    <message>
        <source>Run rows</source>
        <translation>Lignes du lot</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Résumé du lot</translation>
    </message>
    <message>
        <source>Run message</source>
        <translation>Message du lot</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Avancement du lot</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne au lot</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Enregistrer comme liste…</translation>
    </message>
    <message>
        <source>Save the rows as a list</source>
        <translation>Enregistrer les lignes comme liste</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete this draft run</source>
        <translation>Supprimer ce lot brouillon</translation>
    </message>
    <message>
        <source>Check and preview</source>
        <translation>Vérifier et prévisualiser</translation>
    </message>
    <message>
        <source>Preview the run</source>
        <translation>Prévisualiser le lot</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Revenir à la saisie</translation>
    </message>
    <message>
        <source>Back to editing the rows</source>
        <translation>Revenir à la saisie des lignes</translation>
    </message>
    <message>
        <source>Approve and pay…</source>
        <translation>Approuver et payer…</translation>
    </message>
    <message>
        <source>Approve and pay the run</source>
        <translation>Approuver et payer le lot</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the run</source>
        <translation>Mettre le lot en pause</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Reprendre le lot</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler ce lot</translation>
    </message>
    <message>
        <source>Results (CSV)</source>
        <translation>Résultats (CSV)</translation>
    </message>
    <message>
        <source>Open the results as CSV</source>
        <translation>Ouvrir les résultats en CSV</translation>
    </message>
    <message>
        <source>Results (PDF)</source>
        <translation>Résultats (PDF)</translation>
    </message>
    <message>
        <source>Open the results as PDF</source>
        <translation>Ouvrir les résultats en PDF</translation>
    </message>
    <message>
        <source>Retry unpaid rows as a new run</source>
        <translation>Relancer les lignes non payées dans un nouveau lot</translation>
    </message>
    <message>
        <source>Retry the unpaid rows</source>
        <translation>Relancer les lignes non payées</translation>
    </message>
    <message>
        <source>No saved list yet</source>
        <translation>Aucune liste enregistrée</translation>
    </message>
    <message>
        <source>{rows} rows</source>
        <translation>{rows} lignes</translation>
    </message>
    <message>
        <source>{rows} rows · {paid} paid · {unpaid} not paid</source>
        <translation>{rows} lignes · {paid} payées · {unpaid} non payées</translation>
    </message>
    <message>
        <source>CSV and PDF kept</source>
        <translation>CSV et PDF conservés</translation>
    </message>
    <message>
        <source>CSV kept</source>
        <translation>CSV conservé</translation>
    </message>
    <message>
        <source>Open a CSV file of payouts</source>
        <translation>Ouvrir un fichier CSV de versements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Payout run</source>
        <translation>Versement groupé</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>{paying} rows to pay, {left} left out.</source>
        <translation>{paying} lignes à payer, {left} écartées.</translation>
    </message>
    <message>
        <source>{bad} rows need fixing (or leave them out) before the run can start.</source>
        <translation>{bad} lignes sont à corriger (ou à écarter) avant que le lot puisse démarrer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{currency}&lt;/b&gt;: {rows} payouts, recipients get {amount}, fees {fees}, your wallet is debited &lt;b&gt;{debit}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{currency}&lt;/b&gt; : {rows} versements, les bénéficiaires reçoivent {amount}, frais {fees}, votre portefeuille est débité de &lt;b&gt;{debit}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Estimated balance: {balance}.</source>
        <translation>Solde estimé : {balance}.</translation>
    </message>
    <message>
        <source>This is more than the estimated balance: some rows may fail.</source>
        <translation>C'est plus que le solde estimé : certaines lignes peuvent échouer.</translation>
    </message>
    <message>
        <source>{count} rows could not be quoted: see their Problems column.</source>
        <translation>{count} lignes n'ont pas pu être chiffrées : voir leur colonne Problèmes.</translation>
    </message>
    <message>
        <source>{done} of {total} sent · {paid} paid · {failed} not paid · {open} waiting for the operator · {skipped} skipped</source>
        <translation>{done} sur {total} envoyées · {paid} payées · {failed} non payées · {open} en attente de l'opérateur · {skipped} sautées</translation>
    </message>
    <message>
        <source>Paused. The rows not sent yet wait for you: press Resume and approve with your passcode again.</source>
        <translation>En pause. Les lignes pas encore envoyées vous attendent : appuyez sur Reprendre et approuvez à nouveau avec votre code.</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Enregistrer comme liste</translation>
    </message>
    <message>
        <source>List name:</source>
        <translation>Nom de la liste :</translation>
    </message>
    <message>
        <source>Saved as the list “{name}”.</source>
        <translation>Enregistré comme la liste « {name} ».</translation>
    </message>
    <message>
        <source>Asking Dollr for each row's fee…</source>
        <translation>Demande des frais de chaque ligne à Dollr…</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;{name}&lt;/b&gt;: {count} rows still to pay.</source>
        <translation>Lot &lt;b&gt;{name}&lt;/b&gt; : encore {count} lignes à payer.</translation>
    </message>
    <message>
        <source>{rows} payouts, your {currency} wallet debited &lt;b&gt;{debit}&lt;/b&gt; (fees {fees})</source>
        <translation>{rows} versements, votre portefeuille {currency} débité de &lt;b&gt;{debit}&lt;/b&gt; (frais {fees})</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation>Lot &lt;b&gt;{name}&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Pausing after the row being paid now…</source>
        <translation>Pause après la ligne en cours de paiement…</translation>
    </message>
    <message>
        <source>Cancelling: rows not started will not be paid; rows already sent finish as Dollr decides.</source>
        <translation>Annulation : les lignes non commencées ne seront pas payées ; celles déjà envoyées se terminent comme Dollr le décide.</translation>
    </message>
</context>
<context>
    <name>PayoutSessionBox</name>
    <message>
        <source>Payout session</source>
        <translation>Session de versement</translation>
    </message>
    <message>
        <source>Wallet to be debited</source>
        <translation>Portefeuille débité</translation>
    </message>
    <message>
        <source>Ready to approve</source>
        <translation>Prêt à approuver</translation>
    </message>
    <message>
        <source>Your &lt;b&gt;{currency} wallet&lt;/b&gt; (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation>Votre &lt;b&gt;portefeuille {currency}&lt;/b&gt; (n° {wallet}) sera débité de &lt;b&gt;{debited}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
</context>
<context>
    <name>PayoutStatusBox</name>
    <message>
        <source>Payout progress</source>
        <translation>Avancement du versement</translation>
    </message>
    <message>
        <source>Payout status</source>
        <translation>État du versement</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reference id: {reference}</source>
        <translation>Référence : {reference}</translation>
    </message>
</context>
<context>
    <name>PayoutWording</name>
    <message>
        <source>That passcode is not right ({tries} wrong tries). Nothing was paid. To protect your wallet, wait before trying again.</source>
        <translation>Ce code secret n’est pas bon ({tries} essais erronés). Rien n’a été payé. Pour protéger votre portefeuille, attendez avant de réessayer.</translation>
    </message>
    <message>
        <source>That passcode is not right. Nothing was paid. Type it again.</source>
        <translation>Ce code secret n’est pas bon. Rien n’a été payé. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>{operator} pays out in {currencies}, not {currency}. Choose {choices}.</source>
        <translation>{operator} verse en {currencies}, pas en {currency}. Choisissez {choices}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Type the recipient's mobile-money number.</source>
        <translation>Saisissez le numéro mobile money du bénéficiaire.</translation>
    </message>
    <message>
        <source>{name} was saved on this computer and will be sent to Dollr when the connection returns. A payout needs a connection: try again once you are online.</source>
        <translation>{name} a été enregistré sur cet ordinateur et sera envoyé à Dollr au retour de la connexion. Un virement demande une connexion : réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>{name} is not on Dollr yet; sync, then try again.</source>
        <translation>{name} n’est pas encore sur Dollr ; synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Dollr cannot pay out to {phone}. Check the number with the recipient (it must be a mobile-money number on the operator shown).</source>
        <translation>Dollr ne peut pas verser au {phone}. Vérifiez le numéro avec le bénéficiaire (ce doit être un numéro mobile money chez l’opérateur indiqué).</translation>
    </message>
    <message>
        <source>Dollr did not accept {what} for this payout. Nothing was paid.</source>
        <translation>Dollr n’a pas accepté {what} pour ce versement. Rien n’a été payé.</translation>
    </message>
    <message>
        <source>Dollr has paused payouts after too many wrong passcodes. Nothing was paid. Wait, then try again; if you forgot the passcode, reset it in the Dollr app.</source>
        <translation>Dollr a suspendu les versements après trop de codes secrets erronés. Rien n’a été payé. Patientez, puis réessayez ; si vous avez oublié le code secret, réinitialisez-le dans l’application Dollr.</translation>
    </message>
    <message>
        <source>A payout to {name} on this number is still in progress (reference {reference}). Wait until it completes or fails before paying again.</source>
        <translation>Un virement à {name} sur ce numéro est toujours en cours (référence {reference}). Attendez qu’il aboutisse ou échoue avant de payer à nouveau.</translation>
    </message>
    <message>
        <source>Too many wrong passcodes.</source>
        <translation>Trop de codes secrets erronés.</translation>
    </message>
    <message>
        <source>Dollr has no passcode for this user id. Check it in the Dollr app, or approve with your passcode phone instead. Nothing was paid.</source>
        <translation>Dollr n’a pas de code secret pour cet identifiant utilisateur. Vérifiez-le dans l’application Dollr, ou approuvez avec votre téléphone du code secret. Rien n’a été payé.</translation>
    </message>
    <message>
        <source>Dollr has no passcode for this phone. Check the payout passcode phone in Settings (it is the phone you set the passcode up with in the Dollr app). Nothing was paid.</source>
        <translation>Dollr n’a pas de code secret pour ce téléphone. Vérifiez le téléphone du code secret dans Paramètres (c’est celui avec lequel vous avez créé le code dans l’application Dollr). Rien n’a été payé.</translation>
    </message>
    <message>
        <source>The payout session expired before approval. Nothing was paid. Confirm the payout again to start a new session.</source>
        <translation>La session de virement a expiré avant l’approbation. Rien n’a été payé. Confirmez à nouveau le virement pour ouvrir une nouvelle session.</translation>
    </message>
    <message>
        <source>Your Dollr account is not verified for payouts yet, so nothing was paid. Finish the business verification in the Dollr merchant portal (it usually takes a working day), then try again.</source>
        <translation>Votre compte Dollr n’est pas encore vérifié pour les virements : rien n’a été payé. Terminez la vérification de l’entreprise sur le portail marchand Dollr (cela prend en général un jour ouvré), puis réessayez.</translation>
    </message>
    <message>
        <source>Dollr did not accept the details</source>
        <translation>Dollr n’a pas accepté les informations</translation>
    </message>
    <message>
        <source>the account may not do this yet</source>
        <translation>le compte ne peut pas encore le faire</translation>
    </message>
    <message>
        <source>Dollr no longer has this recipient or session</source>
        <translation>Dollr n’a plus ce bénéficiaire ou cette session</translation>
    </message>
    <message>
        <source>Dollr did not accept the app's keys</source>
        <translation>Dollr n’a pas accepté les clés de l’application</translation>
    </message>
    <message>
        <source>wrong passcode</source>
        <translation>code secret erroné</translation>
    </message>
    <message>
        <source>the session expired before approval</source>
        <translation>la session a expiré avant l’approbation</translation>
    </message>
    <message>
        <source>account not verified for payouts</source>
        <translation>compte non vérifié pour les virements</translation>
    </message>
    <message>
        <source>payouts locked after wrong passcodes</source>
        <translation>virements bloqués après des codes secrets erronés</translation>
    </message>
    <message>
        <source>no passcode for this phone or user id</source>
        <translation>pas de code secret pour ce téléphone ou cet identifiant</translation>
    </message>
    <message>
        <source>Dollr cannot pay this number</source>
        <translation>Dollr ne peut pas payer ce numéro</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>la devise</translation>
    </message>
    <message>
        <source>the payout session</source>
        <translation>la session de versement</translation>
    </message>
    <message>
        <source>the passcode</source>
        <translation>le code secret</translation>
    </message>
    <message>
        <source>the recipient's number</source>
        <translation>le numéro du bénéficiaire</translation>
    </message>
    <message>
        <source>some details</source>
        <translation>certaines informations</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>PayoutWords</name>
    <message>
        <source>Sending to Dollr…</source>
        <translation>Envoi à Dollr…</translation>
    </message>
    <message>
        <source>Pending: Dollr has it</source>
        <translation>En attente : Dollr l’a reçu</translation>
    </message>
    <message>
        <source>Processing: the operator is delivering it</source>
        <translation>En cours : l’opérateur le livre</translation>
    </message>
    <message>
        <source>Checking with Dollr (connection dropped)</source>
        <translation>Vérification auprès de Dollr (connexion interrompue)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not sent: no money moved</source>
        <translation>Non envoyé : aucun argent n’a circulé</translation>
    </message>
    <message>
        <source>Refused, nothing paid</source>
        <translation>Refusé, rien n’a été payé</translation>
    </message>
    <message>
        <source>your Dollr wallet had too little money</source>
        <translation>votre portefeuille Dollr n’avait pas assez d’argent</translation>
    </message>
    <message>
        <source>Pay &lt;b&gt;{amount}&lt;/b&gt; to &lt;b&gt;{recipient}&lt;/b&gt; on {carrier} {phone}.</source>
        <translation>Payer &lt;b&gt;{amount}&lt;/b&gt; à &lt;b&gt;{recipient}&lt;/b&gt; sur {carrier} {phone}.</translation>
    </message>
    <message>
        <source>Your {currency} wallet (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} in fees).</source>
        <translation>Votre portefeuille {currency} (n° {wallet}) sera débité de &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} de frais).</translation>
    </message>
    <message>
        <source>Your {currency} wallet (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation>Votre portefeuille {currency} (n° {wallet}) sera débité de &lt;b&gt;{debited}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your {currency} wallet will be debited &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} in fees).</source>
        <translation>Votre portefeuille {currency} sera débité de &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} de frais).</translation>
    </message>
    <message>
        <source>Your {currency} wallet will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation>Votre portefeuille {currency} sera débité de &lt;b&gt;{debited}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Recipient gets</source>
        <translation>Le bénéficiaire reçoit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>New payout…</source>
        <translation>Nouveau versement…</translation>
    </message>
    <message>
        <source>New payout</source>
        <translation>Nouveau versement</translation>
    </message>
    <message>
        <source>Pay suppliers and staff by mobile money. Each payout is approved with your Dollr passcode and recorded here before any money moves.</source>
        <translation>Payez fournisseurs et personnel par mobile money. Chaque versement est approuvé avec votre code Dollr et enregistré ici avant que l’argent ne circule.</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Historique des versements</translation>
    </message>
    <message>
        <source>No payouts yet. Press “New payout…” to pay a supplier or a member of staff.</source>
        <translation>Aucun versement pour l’instant. Appuyez sur « Nouveau versement… » pour payer un fournisseur ou un membre du personnel.</translation>
    </message>
    <message>
        <source>New payout (no payouts yet)</source>
        <translation>Nouveau versement (aucun versement pour l’instant)</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>Aucun versement pour l’instant</translation>
    </message>
    <message>
        <source>Refuse the payout</source>
        <translation>Refuser le versement</translation>
    </message>
    <message>
        <source>Refuse the payout of {amount} to {name} prepared by {who}? Nothing is paid.</source>
        <translation>Refuser le versement de {amount} à {name} préparé par {who} ? Rien n’est payé.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Checking with Dollr (the app stopped before Dollr answered)</source>
        <translation>Vérification auprès de Dollr (l’application s’est arrêtée avant la réponse de Dollr)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Switch user</source>
        <translation>Changer d’utilisateur</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+Shift+U)</source>
        <translation>Changer d’utilisateur (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>Audit log notice</source>
        <translation>Avis du journal d’audit</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Ouvrir le journal d’audit</translation>
    </message>
    <message>
        <source>Owner set-up offer</source>
        <translation>Proposition de créer le propriétaire</translation>
    </message>
    <message>
        <source>Set up the owner…</source>
        <translation>Créer le propriétaire…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not now: set up the owner later</source>
        <translation>Pas maintenant : créer le propriétaire plus tard</translation>
    </message>
    <message>
        <source>Protect this computer: set up the owner's PIN, so only the owner approves payouts and changes settings, and staff sign in with their own PIN.</source>
        <translation>Protégez cet ordinateur : créez le code PIN du propriétaire, pour que seul le propriétaire approuve les versements et change les paramètres, et que le personnel se connecte avec son propre code PIN.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit log was changed outside the app.&lt;/b&gt; Entry no. {id} (or the one before it) was edited or deleted; entries from there on cannot be trusted.</source>
        <translation>&lt;b&gt;Le journal d’audit a été modifié hors de l’application.&lt;/b&gt; L’entrée n° {id} (ou la précédente) a été modifiée ou supprimée ; les entrées à partir de là ne sont plus fiables.</translation>
    </message>
    <message>
        <source>At the computer: {name}</source>
        <translation>À l’ordinateur : {name}</translation>
    </message>
    <message>
        <source>Only the owner can do this.</source>
        <translation>Seul le propriétaire peut faire ceci.</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Retirer une personne</translation>
    </message>
    <message>
        <source>Remove {name} from this computer? They will no longer be able to sign in.</source>
        <translation>Retirer {name} de cet ordinateur ? Cette personne ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log saved as {file}.</source>
        <translation>Journal d’audit enregistré sous {file}.</translation>
    </message>
    <message>
        <source>A PIN is {min} to {max} digits.</source>
        <translation>Un code PIN compte de {min} à {max} chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {seconds} s.</source>
        <translation>Code PIN erroné. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN erroné. Réessayez.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Type the person's name.</source>
        <translation>Tapez le nom de la personne.</translation>
    </message>
    <message>
        <source>{name} is already on this computer.</source>
        <translation>{name} existe déjà sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer already has an owner.</source>
        <translation>Cet ordinateur a déjà un propriétaire.</translation>
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation>Le propriétaire ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People on this computer</source>
        <translation>Personnes sur cet ordinateur</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← Paramètres</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Retour aux paramètres</translation>
    </message>
    <message>
        <source>The owner approves payouts, refunds, changes settings and keys, and manages people. Staff sell, collect, make invoices and prepare payouts for the owner to approve. Each person has a PIN; the Dollr passcode is still asked at each payout.</source>
        <translation>Le propriétaire approuve les versements, rembourse, change les paramètres et les clés, et gère les personnes. Le personnel vend, encaisse, fait les factures et prépare les versements que le propriétaire approuve. Chaque personne a un code PIN ; le code Dollr est toujours demandé à chaque versement.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>At the computer</source>
        <translation>À l’ordinateur</translation>
    </message>
    <message>
        <source>Set up the owner…</source>
        <translation>Créer le propriétaire…</translation>
    </message>
    <message>
        <source>Set up the owner</source>
        <translation>Créer le propriétaire</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Ajouter du personnel…</translation>
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Changer le code PIN…</translation>
    </message>
    <message>
        <source>Change the chosen person's PIN</source>
        <translation>Changer le code PIN de la personne choisie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen person</source>
        <translation>Retirer la personne choisie</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{n} min without use</source>
        <translation>{n} min sans utilisation</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once; Ctrl+Shift+U switches user.</source>
        <translation>Ctrl+L verrouille tout de suite ; Ctrl+Maj+U change d’utilisateur.</translation>
    </message>
    <message>
        <source>Lock the app after:</source>
        <translation>Verrouiller l’application après :</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Open the audit log…</source>
        <translation>Ouvrir le journal d’audit…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Ouvrir le journal d’audit</translation>
    </message>
    <message>
        <source>Who did what and when: sign-ins, payouts prepared and approved, settings changed. Each entry is chained to the one before, so an edited or deleted entry shows.</source>
        <translation>Qui a fait quoi et quand : connexions, versements préparés et approuvés, paramètres modifiés. Chaque entrée est chaînée à la précédente : une entrée modifiée ou supprimée se voit.</translation>
    </message>
    <message>
        <source>People and the audit log are the owner's. Switch to the owner to add staff, change PINs or read the log.</source>
        <translation>Les personnes et le journal d’audit sont réservés au propriétaire. Passez au propriétaire pour ajouter du personnel, changer les codes PIN ou lire le journal.</translation>
    </message>
</context>
<context>
    <name>PeopleSettingsBox</name>
    <message>
        <source>People and audit log</source>
        <translation>Personnes et journal d’audit</translation>
    </message>
    <message>
        <source>Who uses this computer, their PINs and what each may do; when the app locks; the log of who did what.</source>
        <translation>Qui utilise cet ordinateur, leurs codes PIN et ce que chacun peut faire ; quand l’application se verrouille ; le journal de qui a fait quoi.</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Personnes…</translation>
    </message>
    <message>
        <source>Open People</source>
        <translation>Ouvrir les personnes</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Journal d’audit…</translation>
    </message>
    <message>
        <source>Open the audit log from Settings</source>
        <translation>Ouvrir le journal d’audit depuis les paramètres</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Set up the owner</source>
        <translation>Créer le propriétaire</translation>
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <source>Owner set-up window</source>
        <translation>Fenêtre de création du propriétaire</translation>
    </message>
    <message>
        <source>New staff member window</source>
        <translation>Fenêtre d’ajout d’un employé</translation>
    </message>
    <message>
        <source>PIN change window</source>
        <translation>Fenêtre de changement de PIN</translation>
    </message>
    <message>
        <source>You are the owner: only you approve payouts, refund, change settings and keys, and add staff. Choose a PIN of 4 to 8 digits that only you know. It is not your Dollr passcode, which is still asked at each payout.</source>
        <translation>Vous êtes le propriétaire : vous seul approuvez les versements, remboursez, changez les paramètres et les clés, et ajoutez du personnel. Choisissez un code PIN de 4 à 8 chiffres que vous seul connaissez. Ce n’est pas votre code Dollr, qui reste demandé à chaque versement.</translation>
    </message>
    <message>
        <source>Staff sell, collect, make invoices and prepare payouts for the owner to approve. Give them a PIN of 4 to 8 digits.</source>
        <translation>Le personnel vend, encaisse, fait les factures et prépare les versements que le propriétaire approuve. Donnez-lui un code PIN de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>Type the new PIN twice.</source>
        <translation>Tapez deux fois le nouveau code PIN.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN, encore</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>Code PIN, encore :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <source>Phone country</source>
        <translation>Pays du téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>e.g. 0771234567</source>
        <translation>p. ex. 0771234567</translation>
    </message>
    <message>
        <source>Detected country and operator</source>
        <translation>Pays et opérateur détectés</translation>
    </message>
    <message>
        <source>Type the number the way you would dial it.</source>
        <translation>Saisissez le numéro comme vous le composeriez.</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>this country</source>
        <translation>ce pays</translation>
    </message>
    <message>
        <source>Enter a mobile number, e.g. 0771234567.</source>
        <translation>Saisissez un numéro de mobile, par ex. 0771234567.</translation>
    </message>
    <message>
        <source>Too short for {country}: {missing} digit(s) missing.</source>
        <translation>Trop court pour {country} : il manque {missing} chiffre(s).</translation>
    </message>
    <message>
        <source>Too long for {country}: {extra} digit(s) too many.</source>
        <translation>Trop long pour {country} : {extra} chiffre(s) en trop.</translation>
    </message>
    <message>
        <source>This is not a phone number: a number has 8 to 15 digits with its country code.</source>
        <translation>Ce n’est pas un numéro de téléphone : un numéro a de 8 à 15 chiffres avec l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Country not recognised; check the country code.</source>
        <translation>Pays non reconnu ; vérifiez l’indicatif du pays.</translation>
    </message>
    <message>
        <source>{country}: not a mobile-money number Dollr recognises.</source>
        <translation>{country} : ce n’est pas un numéro mobile money reconnu par Dollr.</translation>
    </message>
    <message>
        <source>{country}: no number of this kind is in use; check it.</source>
        <translation>{country} : aucun numéro de ce type n’est attribué ; vérifiez-le.</translation>
    </message>
</context>
<context>
    <name>PickContactsDialog</name>
    <message>
        <source>New run from contacts</source>
        <translation>Nouveau lot depuis les contacts</translation>
    </message>
    <message>
        <source>Contacts to pay</source>
        <translation>Contacts à payer</translation>
    </message>
    <message>
        <source>Run currency</source>
        <translation>Devise du lot</translation>
    </message>
    <message>
        <source>Make the run</source>
        <translation>Créer le lot</translation>
    </message>
    <message>
        <source>Cancel picking</source>
        <translation>Annuler le choix</translation>
    </message>
    <message>
        <source>Tick the people to pay; type the amounts in the next step.</source>
        <translation>Cochez les personnes à payer ; saisissez les montants à l'étape suivante.</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{page}: loading</source>
        <translation>{page} : chargement</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Pay {number} in parts</source>
        <translation>Payer {number} en plusieurs fois</translation>
    </message>
    <message>
        <source>Payment plan window</source>
        <translation>Fenêtre Paiement en plusieurs fois</translation>
    </message>
    <message>
        <source>Each part becomes its own order with its own payment link. {number} itself is canceled on Dollr so it cannot be paid on top of its parts; this app shows what is paid and what is left.</source>
        <translation>Chaque part devient une commande avec son propre lien de paiement. {number} est annulé sur Dollr pour ne pas pouvoir être payé en plus de ses parts ; cette application montre ce qui est payé et ce qui reste.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Nombre d’échéances</translation>
    </message>
    <message>
        <source>Deposit or first part due on</source>
        <translation>Acompte ou première part à payer le</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Parts de l’échéancier</translation>
    </message>
    <message>
        <source>Problem with the plan</source>
        <translation>Problème avec l’échéancier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Monthly instalments</source>
        <translation>Échéances mensuelles</translation>
    </message>
    <message>
        <source>Save payment plan</source>
        <translation>Enregistrer l’échéancier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PlansWording</name>
    <message>
        <source>A plan needs at least one instalment.</source>
        <translation>Un échéancier doit avoir au moins une échéance.</translation>
    </message>
    <message>
        <source>The deposit must be less than the total, with no more decimals than the currency has.</source>
        <translation>L’acompte doit être inférieur au total, sans plus de décimales que la devise n’en a.</translation>
    </message>
    <message>
        <source>Too many instalments for this amount: each would be less than the smallest coin.</source>
        <translation>Trop d’échéances pour ce montant : chacune serait plus petite que la plus petite pièce.</translation>
    </message>
    <message>
        <source>Only an unpaid document can be paid in parts.</source>
        <translation>Seul un document non payé peut être payé en plusieurs fois.</translation>
    </message>
    <message>
        <source>The parts must add up to the total, {total} {currency}.</source>
        <translation>Les parts doivent faire le total, {total} {currency}.</translation>
    </message>
    <message>
        <source>Each part must be more than zero, with no more decimals than {currency} has.</source>
        <translation>Chaque part doit être supérieure à zéro, sans plus de décimales que {currency} n’en a.</translation>
    </message>
    <message>
        <source>This document already has a payment plan.</source>
        <translation>Ce document a déjà un échéancier.</translation>
    </message>
    <message>
        <source>This plan is already settled or canceled.</source>
        <translation>Cet échéancier est déjà soldé ou annulé.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode banner</source>
        <translation>Bandeau du mode entraînement</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRACTICE MODE — demo money.&lt;/b&gt; Nothing here is real and no real money moves. Demo client ID &lt;code&gt;{client_id}&lt;/code&gt;, secret &lt;code&gt;{secret}&lt;/code&gt;; payout passcode &lt;b&gt;{passcode}&lt;/b&gt; (phone {phone}).</source>
        <translation>&lt;b&gt;MODE ENTRAÎNEMENT — argent fictif.&lt;/b&gt; Rien n’est réel ici et aucun argent réel ne circule. Identifiant client de démonstration &lt;code&gt;{client_id}&lt;/code&gt;, secret &lt;code&gt;{secret}&lt;/code&gt; ; code de versement &lt;b&gt;{passcode}&lt;/b&gt; (téléphone {phone}).</translation>
    </message>
</context>
<context>
    <name>PreparedNote</name>
    <message>
        <source>Approval note</source>
        <translation>Note d’approbation</translation>
    </message>
    <message>
        <source>You prepare this payout; the owner approves it with the Dollr passcode before any money moves.</source>
        <translation>Vous préparez ce versement ; le propriétaire l’approuve avec le code Dollr avant que l’argent ne bouge.</translation>
    </message>
    <message>
        <source>Prepared by {who} on {when}. Check it, press Continue, then approve it with your Dollr passcode.</source>
        <translation>Préparé par {who} le {when}. Vérifiez-le, appuyez sur Continuer, puis approuvez-le avec votre code Dollr.</translation>
    </message>
    <message>
        <source>Sent for approval: {amount} to {name}. The owner sees it under Payouts; nothing is paid until they approve it.</source>
        <translation>Envoyé pour approbation : {amount} à {name}. Le propriétaire le voit sous Versements ; rien n’est payé avant son approbation.</translation>
    </message>
</context>
<context>
    <name>ProblemNote</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show what Dollr said</source>
        <translation>Afficher ce que Dollr a répondu</translation>
    </message>
    <message>
        <source>What Dollr said</source>
        <translation>Ce que Dollr a répondu</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>Payment link QR code</source>
        <translation>Code QR du lien de paiement</translation>
    </message>
    <message>
        <source>Scan to pay: {url}</source>
        <translation>Scanner pour payer : {url}</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Pas encore de lien</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Preparing the link…</source>
        <translation>Préparation du lien…</translation>
    </message>
    <message>
        <source>✔ Paid</source>
        <translation>✔ Payé</translation>
    </message>
</context>
<context>
    <name>QuickSaleDialog</name>
    <message>
        <source>Quick sale</source>
        <translation>Vente rapide</translation>
    </message>
    <message>
        <source>Customer's name (optional)</source>
        <translation>Nom du client (facultatif)</translation>
    </message>
    <message>
        <source>What is it for</source>
        <translation>Objet de la vente</translation>
    </message>
    <message>
        <source>e.g. Medicine</source>
        <translation>p. ex. Médicaments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Customer's phone:</source>
        <translation>Téléphone du client :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Create payment link</source>
        <translation>Créer le lien de paiement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dollr makes an order for this sale and a page the customer pays on by mobile money or card. You show them the QR code next.</source>
        <translation>Dollr crée une commande pour cette vente et une page où le client paie par mobile money ou par carte. Vous lui montrez ensuite le code QR.</translation>
    </message>
    <message>
        <source>Type the customer's phone number.</source>
        <translation>Saisissez le numéro de téléphone du client.</translation>
    </message>
    <message>
        <source>Creating the payment link…</source>
        <translation>Création du lien de paiement…</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Thank you for your payment.</source>
        <translation>Merci pour votre paiement.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Scan to see this receipt on Dollr</source>
        <translation>Scannez pour voir ce reçu sur Dollr</translation>
    </message>
    <message>
        <source>TIN {tax_id}</source>
        <translation>NIF {tax_id}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Paid {when}</source>
        <translation>Payé le {when}</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total payé</translation>
    </message>
    <message>
        <source>Merchant received</source>
        <translation>Reçu par le commerçant</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>{n} of {count} of {number}</source>
        <translation>{n} sur {count} de {number}</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Déjà payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation>Total hors taxe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>EBM receipt reference</source>
        <translation>Référence du reçu EBM</translation>
    </message>
    <message>
        <source>Fees paid by the merchant</source>
        <translation>Frais payés par le commerçant</translation>
    </message>
    <message>
        <source>Fees paid by the customer</source>
        <translation>Frais payés par le client</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Payer account</source>
        <translation>Compte du payeur</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Customer paid</source>
        <translation>Le client a payé</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de transaction</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Print receipt {number}</source>
        <translation>Imprimer le reçu {number}</translation>
    </message>
    <message>
        <source>Receipt {number} sent to the printer.</source>
        <translation>Reçu {number} envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Receipt {number} printed.</source>
        <translation>Reçu {number} imprimé.</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Reçu {number}</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF is saved in {folder}: attach {name}.</source>
        <translation>Le PDF est enregistré dans {folder} : joignez {name}.</translation>
    </message>
    <message>
        <source>Getting the receipt…</source>
        <translation>Récupération du reçu…</translation>
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Preview, print, save or share the receipt</source>
        <translation>Prévisualiser, imprimer, enregistrer ou partager le reçu</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Reçu {number}</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Papier du reçu</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Préparation du reçu…</translation>
    </message>
    <message>
        <source>Receipt status</source>
        <translation>État du reçu</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Aperçu du reçu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>Rembourser ce paiement</translation>
    </message>
    <message>
        <source>Open the mail client with the receipt link; the PDF is saved for attaching</source>
        <translation>Ouvrir la messagerie avec le lien du reçu ; le PDF est enregistré pour être joint</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>The receipt could not be written. Check the folder or printer, then try again.</source>
        <translation>Le reçu n’a pas pu être écrit. Vérifiez le dossier ou l’imprimante, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ReceiptFiles</name>
    <message>
        <source>Cash-up {day}.pdf</source>
        <translation>Clôture de caisse {day}.pdf</translation>
    </message>
    <message>
        <source>Receipt {number}.pdf</source>
        <translation>Reçu {number}.pdf</translation>
    </message>
    <message>
        <source>Refund {number}.pdf</source>
        <translation>Remboursement {number}.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <source>A4 page</source>
        <translation>Page A4</translation>
    </message>
    <message>
        <source>Letter page</source>
        <translation>Page Letter</translation>
    </message>
    <message>
        <source>Till receipt, 80 mm</source>
        <translation>Ticket de caisse, 80 mm</translation>
    </message>
    <message>
        <source>Till receipt, 58 mm</source>
        <translation>Ticket de caisse, 58 mm</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsBox</name>
    <message>
        <source>Business details and receipts</source>
        <translation>Entreprise et reçus</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>Le nom que vos clients connaissent</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Rue, ville</translation>
    </message>
    <message>
        <source>Folder for PDF receipts</source>
        <translation>Dossier des reçus PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Logo on receipts</source>
        <translation>Logo sur les reçus</translation>
    </message>
    <message>
        <source>Choose a logo for receipts</source>
        <translation>Choisir un logo pour les reçus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Logo problem</source>
        <translation>Problème de logo</translation>
    </message>
    <message>
        <source>Print automatically when paid</source>
        <translation>Imprimer automatiquement une fois payé</translation>
    </message>
    <message>
        <source>Printed on every receipt. Paper and printer apply to Print and to automatic printing.</source>
        <translation>Imprimé sur chaque reçu. Le papier et l’imprimante valent pour Imprimer et pour l’impression automatique.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo for receipts</source>
        <translation>Logo pour les reçus</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Dollr Desktop cannot read this file as a picture. Choose a PNG or JPEG file.</source>
        <translation>Dollr Desktop ne peut pas lire ce fichier comme une image. Choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Téléphone de l’entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Business email</source>
        <translation>E-mail de l’entreprise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Adresse de l’entreprise</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Papier du reçu</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Choose the folder for PDF receipts</source>
        <translation>Choisir le dossier des reçus PDF</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante des reçus</translation>
    </message>
    <message>
        <source>Ask every time (no printer chosen)</source>
        <translation>Demander à chaque fois (aucune imprimante choisie)</translation>
    </message>
    <message>
        <source>Save as PDF in a folder</source>
        <translation>Enregistrer en PDF dans un dossier</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (non connectée)</translation>
    </message>
</context>
<context>
    <name>RecipientBox</name>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Type a supplier's or employee's name or phone</source>
        <translation>Saisissez le nom ou le téléphone d’un fournisseur ou d’un employé</translation>
    </message>
    <message>
        <source>New recipient…</source>
        <translation>Nouveau bénéficiaire…</translation>
    </message>
    <message>
        <source>Create a new recipient</source>
        <translation>Créer un bénéficiaire</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Nouveau bénéficiaire</translation>
    </message>
    <message>
        <source>New recipient's full name</source>
        <translation>Nom complet du nouveau bénéficiaire</translation>
    </message>
    <message>
        <source>New recipient's relationship</source>
        <translation>Relation avec le nouveau bénéficiaire</translation>
    </message>
    <message>
        <source>Create recipient</source>
        <translation>Créer le bénéficiaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the new recipient</source>
        <translation>Annuler le nouveau bénéficiaire</translation>
    </message>
    <message>
        <source>Their mobile-money number is the one under “Mobile money” below.</source>
        <translation>Son numéro mobile money est celui indiqué sous « Mobile money » ci-dessous.</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relation :</translation>
    </message>
    <message>
        <source>Type the recipient's name.</source>
        <translation>Saisissez le nom du bénéficiaire.</translation>
    </message>
    <message>
        <source>Type their mobile-money number below.</source>
        <translation>Saisissez son numéro mobile money ci-dessous.</translation>
    </message>
    <message>
        <source>Creating the recipient…</source>
        <translation>Création du bénéficiaire…</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {document}</source>
        <translation>Rembourser {document}</translation>
    </message>
    <message>
        <source>Refund a payment</source>
        <translation>Rembourser un paiement</translation>
    </message>
    <message>
        <source>What was paid and what is left to refund</source>
        <translation>Ce qui a été payé et ce qui reste à rembourser</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Problème avec le montant</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motif du remboursement</translation>
    </message>
    <message>
        <source>For example: item returned</source>
        <translation>Par exemple : article rendu</translation>
    </message>
    <message>
        <source>Where to find the payment intent id</source>
        <translation>Où trouver l’identifiant d’intention de paiement</translation>
    </message>
    <message>
        <source>Payment intent id</source>
        <translation>Identifiant d’intention de paiement</translation>
    </message>
    <message>
        <source>Problem with the payment intent id</source>
        <translation>Problème avec l’identifiant d’intention de paiement</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>État du remboursement</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Rembourser {amount}</translation>
    </message>
    <message>
        <source>Give the refund</source>
        <translation>Effectuer le remboursement</translation>
    </message>
    <message>
        <source>Receipt PDF (page)…</source>
        <translation>Reçu PDF (page)…</translation>
    </message>
    <message>
        <source>Save the refund receipt as a page PDF</source>
        <translation>Enregistrer le reçu de remboursement en PDF pleine page</translation>
    </message>
    <message>
        <source>Receipt PDF (till roll)…</source>
        <translation>Reçu PDF (rouleau de caisse)…</translation>
    </message>
    <message>
        <source>Save the refund receipt as a till roll PDF</source>
        <translation>Enregistrer le reçu de remboursement en PDF rouleau de caisse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the refund window</source>
        <translation>Fermer la fenêtre de remboursement</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{customer} paid {paid}. Already refunded: {refunded}. Left to refund: {left}.</source>
        <translation>{customer} a payé {paid}. Déjà remboursé : {refunded}. Reste à rembourser : {left}.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Sending the refund to Dollr…</source>
        <translation>Envoi du remboursement à Dollr…</translation>
    </message>
    <message>
        <source>Refunded {amount}. The money is on its way back to the customer's wallet.</source>
        <translation>{amount} remboursé. L’argent retourne vers le portefeuille du client.</translation>
    </message>
    <message>
        <source>Dollr never received this refund: nothing was given back. You may try again.</source>
        <translation>Dollr n’a jamais reçu ce remboursement : rien n’a été rendu. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The answer was lost; checking with Dollr (the refund is never sent twice)…</source>
        <translation>La réponse s’est perdue ; vérification auprès de Dollr (le remboursement n’est jamais envoyé deux fois)…</translation>
    </message>
    <message>
        <source>Refund of {amount} in progress…</source>
        <translation>Remboursement de {amount} en cours…</translation>
    </message>
    <message>
        <source>Save the refund receipt as PDF</source>
        <translation>Enregistrer le reçu de remboursement en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: {reason}</source>
        <translation>Le reçu n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>Reçu enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Refund message</source>
        <translation>Message de remboursement</translation>
    </message>
    <message>
        <source>Only the owner can give refunds. Ask the owner to sign in.</source>
        <translation>Seul le propriétaire peut rembourser. Demandez-lui de se connecter.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded now</source>
        <translation>Remboursé maintenant</translation>
    </message>
    <message>
        <source>Refunded in all</source>
        <translation>Remboursé au total</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operator reference</source>
        <translation>Référence opérateur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Reçu de remboursement</translation>
    </message>
    <message>
        <source>Only a paid payment can be refunded.</source>
        <translation>Seul un paiement réglé peut être remboursé.</translation>
    </message>
    <message>
        <source>Type the amount to give back, in figures (for example 12.50).</source>
        <translation>Tapez le montant à rendre, en chiffres (par exemple 12.50).</translation>
    </message>
    <message>
        <source>The amount to give back must be more than zero.</source>
        <translation>Le montant à rendre doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>{currency} cannot have that many decimals.</source>
        <translation>{currency} n’accepte pas autant de décimales.</translation>
    </message>
    <message>
        <source>That is more than is left to refund: at most {amount}.</source>
        <translation>C’est plus que ce qui reste à rembourser : au plus {amount}.</translation>
    </message>
    <message>
        <source>A refund of this payment is still on its way. Wait until it is settled before giving more back.</source>
        <translation>Un remboursement de ce paiement est encore en cours. Attendez qu’il soit réglé avant de rendre davantage.</translation>
    </message>
    <message>
        <source>Dollr needs this payment's intent id. Find the payment in the Dollr merchant portal (Payments, open the payment) and copy its payment intent id: a number such as 90012.</source>
        <translation>Dollr a besoin de l’identifiant d’intention de ce paiement. Trouvez le paiement dans le portail marchand Dollr (Paiements, ouvrez le paiement) et copiez son identifiant d’intention de paiement : un nombre comme 90012.</translation>
    </message>
    <message>
        <source>A payment intent id is a number only, such as 90012. Copy it from the Dollr merchant portal.</source>
        <translation>Un identifiant d’intention de paiement est uniquement un nombre, comme 90012. Copiez-le depuis le portail marchand Dollr.</translation>
    </message>
    <message>
        <source>Dollr does not know that payment intent id ({reason}). Check it in the merchant portal. Nothing was refunded.</source>
        <translation>Dollr ne connaît pas cet identifiant d’intention de paiement ({reason}). Vérifiez-le dans le portail marchand. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <source>Dollr refused this amount: {reason}. Nothing was refunded.</source>
        <translation>Dollr a refusé ce montant : {reason}. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <source>Dollr refused the refund: {reason}. Nothing was refunded.</source>
        <translation>Dollr a refusé le remboursement : {reason}. Rien n’a été remboursé.</translation>
    </message>
    <message>
        <source>Dollr does not allow refunds on this account yet: {reason}</source>
        <translation>Dollr n’autorise pas encore les remboursements sur ce compte : {reason}</translation>
    </message>
    <message>
        <source>Your Dollr wallet did not have enough money for this refund. Nothing was given back.</source>
        <translation>Votre portefeuille Dollr n’avait pas assez d’argent pour ce remboursement. Rien n’a été rendu.</translation>
    </message>
    <message>
        <source>The refund failed. Nothing was given back.</source>
        <translation>Le remboursement a échoué. Rien n’a été rendu.</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Donee</source>
        <translation>Bénéficiaire d’un don</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Moi-même</translation>
    </message>
</context>
<context>
    <name>ReminderMessage</name>
    <message>
        <source>Hello {customer}, a reminder from {merchant}: {number} for {amount} was due on {due}. You can pay it here: {url}</source>
        <translation>Bonjour {customer}, un rappel de {merchant} : {number} de {amount} était à payer le {due}. Vous pouvez le payer ici : {url}</translation>
    </message>
    <message>
        <source>Hello {customer}, a reminder from {merchant}: {number} for {amount} is due on {due}. You can pay it here: {url}</source>
        <translation>Bonjour {customer}, un rappel de {merchant} : {number} de {amount} est à payer le {due}. Vous pouvez le payer ici : {url}</translation>
    </message>
    <message>
        <source>Hello {customer}, {merchant} sent you {number} for {amount}, due on {due}. You can pay it here: {url}</source>
        <translation>Bonjour {customer}, {merchant} vous a envoyé {number} de {amount}, à payer le {due}. Vous pouvez le payer ici : {url}</translation>
    </message>
    <message>
        <source>Payment reminder: {number}</source>
        <translation>Rappel de paiement : {number}</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <source>Repeat {number}</source>
        <translation>Répéter {number}</translation>
    </message>
    <message>
        <source>Repeat window</source>
        <translation>Fenêtre Répéter</translation>
    </message>
    <message>
        <source>The app makes and publishes a new bill for {customer} on each date, with the same items and fees, and prepares its payment link. The customer approves every payment.</source>
        <translation>L’application fait et publie une nouvelle facture pour {customer} à chaque date, avec les mêmes articles et frais, et prépare son lien de paiement. Le client approuve chaque paiement.</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Every term (4 months)</source>
        <translation>Chaque trimestre scolaire (4 mois)</translation>
    </message>
    <message>
        <source>First new bill on</source>
        <translation>Première nouvelle facture le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Repeat until a date</source>
        <translation>Répéter jusqu’à une date</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Number of bills</source>
        <translation>Nombre de factures</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Répéter un nombre de fois</translation>
    </message>
    <message>
        <source>Problem with the schedule</source>
        <translation>Problème avec la répétition</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Enregistrer la répétition</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The first new bill must be after today: this document is today's bill.</source>
        <translation>La première nouvelle facture doit être après aujourd’hui : ce document est la facture d’aujourd’hui.</translation>
    </message>
    <message>
        <source>The last date must not be before the first new bill.</source>
        <translation>La dernière date ne peut pas être avant la première nouvelle facture.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <source>0–30 days late</source>
        <translation>0 à 30 jours de retard</translation>
    </message>
    <message>
        <source>31–60 days late</source>
        <translation>31 à 60 jours de retard</translation>
    </message>
    <message>
        <source>61–90 days late</source>
        <translation>61 à 90 jours de retard</translation>
    </message>
    <message>
        <source>More than 90 days late</source>
        <translation>Plus de 90 jours de retard</translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <source>Only the owner exports the books.</source>
        <translation>Seul le propriétaire exporte la comptabilité.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Rapport à partir du</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Rapport jusqu’au</translation>
    </message>
    <message>
        <source>Takings grouped</source>
        <translation>Regroupement des recettes</translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation>Devise du rapport</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Actualiser les rapports</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <source>Takings table</source>
        <translation>Tableau des recettes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Takings chart</source>
        <translation>Graphique des recettes</translation>
    </message>
    <message>
        <source>Methods table</source>
        <translation>Tableau des moyens de paiement</translation>
    </message>
    <message>
        <source>Method and operator</source>
        <translation>Moyen et opérateur</translation>
    </message>
    <message>
        <source>Fees paid by customers</source>
        <translation>Frais payés par les clients</translation>
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation>Frais à votre charge</translation>
    </message>
    <message>
        <source>Methods chart</source>
        <translation>Graphique des moyens de paiement</translation>
    </message>
    <message>
        <source>Fees table</source>
        <translation>Tableau des frais</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payés par</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Fees chart</source>
        <translation>Graphique des frais</translation>
    </message>
    <message>
        <source>Outstanding table</source>
        <translation>Tableau des impayés</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Outstanding chart</source>
        <translation>Graphique des impayés</translation>
    </message>
    <message>
        <source>Top customers table</source>
        <translation>Tableau des meilleurs clients</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Top customers chart</source>
        <translation>Graphique des meilleurs clients</translation>
    </message>
    <message>
        <source>Payouts table</source>
        <translation>Tableau des versements</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Payouts chart</source>
        <translation>Graphique des versements</translation>
    </message>
    <message>
        <source>Refunds table</source>
        <translation>Tableau des remboursements</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Refunds chart</source>
        <translation>Graphique des remboursements</translation>
    </message>
    <message>
        <source>Report tabs</source>
        <translation>Onglets des rapports</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>semaine du {day}</translation>
    </message>
    <message>
        <source>{count} payments received, {net} net, {first} – {last}</source>
        <translation>{count} paiements reçus, {net} net, du {first} au {last}</translation>
    </message>
    <message>
        <source>{amount} given back in refunds (already out of the net)</source>
        <translation>{amount} rendus en remboursements (déjà déduits du net)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>A .dollrbackup file</source>
        <translation>Un fichier .dollrbackup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Password of this backup</source>
        <translation>Mot de passe de cette sauvegarde</translation>
    </message>
    <message>
        <source>Problem with this backup</source>
        <translation>Problème avec cette sauvegarde</translation>
    </message>
    <message>
        <source>Open backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>Son mot de passe :</translation>
    </message>
    <message>
        <source>This backup holds:</source>
        <translation>Cette sauvegarde contient :</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Contenu de la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring replaces the journal, documents, contacts and settings on this computer with the backup's. Your current data is backed up first, with this backup's password, in the backups folder. Payments still open in the backup are then checked with Dollr: none is sent twice.</source>
        <translation>La restauration remplace le journal, les documents, les contacts et les paramètres de cet ordinateur par ceux de la sauvegarde. Vos données actuelles sont d’abord sauvegardées, avec le mot de passe de cette sauvegarde, dans le dossier des sauvegardes. Les paiements encore ouverts dans la sauvegarde sont ensuite vérifiés auprès de Dollr : aucun n’est envoyé deux fois.</translation>
    </message>
    <message>
        <source>What restoring does</source>
        <translation>Ce que fait la restauration</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the file and password</source>
        <translation>Retour au fichier et au mot de passe</translation>
    </message>
    <message>
        <source>Replace my data with this backup</source>
        <translation>Remplacer mes données par cette sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup and saving your current data…</source>
        <translation>Vérification de la sauvegarde et enregistrement de vos données actuelles…</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Avancement de la restauration</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>Dollr Desktop backups (*.dollrbackup)</source>
        <translation>Sauvegardes Dollr Desktop (*.dollrbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Choisissez d’abord le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Type the password this backup was made with.</source>
        <translation>Tapez le mot de passe avec lequel cette sauvegarde a été faite.</translation>
    </message>
    <message>
        <source>Restore cancelled. Nothing was changed.</source>
        <translation>Restauration annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Replacing the data and opening it…</source>
        <translation>Remplacement des données et ouverture…</translation>
    </message>
</context>
<context>
    <name>RunResults</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>{count} paid, {amount}</source>
        <translation>{count} payés, {amount}</translation>
    </message>
    <message>
        <source>Payout run “{name}”: results</source>
        <translation>Versement groupé « {name} » : résultats</translation>
    </message>
    <message>
        <source>Run {id} · {state} · approved {approved} · finished {finished}</source>
        <translation>Lot {id} · {state} · approuvé le {approved} · terminé le {finished}</translation>
    </message>
</context>
<context>
    <name>RunRows</name>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Pay twice</source>
        <translation>Payer deux fois</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Recipient gets</source>
        <translation>Le bénéficiaire reçoit</translation>
    </message>
    <message>
        <source>Debited</source>
        <translation>Débité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>SaleView</name>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Sale currency</source>
        <translation>Devise de la vente</translation>
    </message>
    <message>
        <source>Search items or scan a code</source>
        <translation>Chercher un article ou scanner un code</translation>
    </message>
    <message>
        <source>Search or scan a code, then Enter</source>
        <translation>Cherchez ou scannez un code, puis Entrée</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation>Message de recherche</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation>Un de moins de l’article choisi</translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation>Un de plus de l’article choisi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer's phone (walk-in)</source>
        <translation>Téléphone du client (de passage)</translation>
    </message>
    <message>
        <source>Customer's phone number</source>
        <translation>Numéro de téléphone du client</translation>
    </message>
    <message>
        <source>Saved customer</source>
        <translation>Client enregistré</translation>
    </message>
    <message>
        <source>or pick a saved customer by name or number</source>
        <translation>ou choisissez un client enregistré par nom ou numéro</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What the customer pays</source>
        <translation>Ce que paie le client</translation>
    </message>
    <message>
        <source>Charge (F9)</source>
        <translation>Encaisser (F9)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>QR or card (F10)</source>
        <translation>QR ou carte (F10)</translation>
    </message>
    <message>
        <source>Charge by QR code or card</source>
        <translation>Encaisser par code QR ou carte</translation>
    </message>
    <message>
        <source>Sale message</source>
        <translation>Message de la vente</translation>
    </message>
    <message>
        <source>Reprint (F4)</source>
        <translation>Réimprimer (F4)</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Réimprimer le dernier reçu</translation>
    </message>
    <message>
        <source>SMS (F6)</source>
        <translation>SMS (F6)</translation>
    </message>
    <message>
        <source>Send the last receipt by SMS</source>
        <translation>Envoyer le dernier reçu par SMS</translation>
    </message>
    <message>
        <source>WhatsApp (F7)</source>
        <translation>WhatsApp (F7)</translation>
    </message>
    <message>
        <source>Send the last receipt by WhatsApp</source>
        <translation>Envoyer le dernier reçu par WhatsApp</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No saved item matches “{text}”.</source>
        <translation>Aucun article ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>No saved items in {currency} yet. Add them under Items.</source>
        <translation>Aucun article en {currency} pour l’instant. Ajoutez-en sous Articles.</translation>
    </message>
    <message>
        <source>No saved item has the code or name “{text}”.</source>
        <translation>Aucun article n’a le code ou le nom « {text} ».</translation>
    </message>
    <message>
        <source>{names} has no price in {currency}: remove it first, or give it one under Items.</source>
        <translation>{names} n’a pas de prix en {currency} : retirez-le d’abord, ou donnez-lui un prix sous Articles.</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <source>The basket's currency</source>
        <translation>La devise du panier</translation>
    </message>
    <message>
        <source>Asking Dollr what the customer pays…</source>
        <translation>Dollr calcule ce que paie le client…</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Client : {name}</translation>
    </message>
    <message>
        <source>Customer: {name} (saved contact)</source>
        <translation>Client : {name} (contact enregistré)</translation>
    </message>
</context>
<context>
    <name>SessionCountdown</name>
    <message>
        <source>Time left to approve</source>
        <translation>Temps restant pour approuver</translation>
    </message>
    <message>
        <source>Approve within {time} (the session then expires)</source>
        <translation>Approuvez dans les {time} (la session expire ensuite)</translation>
    </message>
    <message>
        <source>This payout session has expired. Nothing was paid.</source>
        <translation>Cette session de versement a expiré. Rien n’a été payé.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Compte actuel</translation>
    </message>
    <message>
        <source>Switch to practice mode</source>
        <translation>Passer en mode entraînement</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Account in use</source>
        <translation>Compte utilisé</translation>
    </message>
    <message>
        <source>Connect my Dollr account</source>
        <translation>Connecter mon compte Dollr</translation>
    </message>
    <message>
        <source>Check and connect</source>
        <translation>Vérifier et connecter</translation>
    </message>
    <message>
        <source>Check the keys and connect</source>
        <translation>Vérifier les clés et se connecter</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Vos données sont conservées dans {folder}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>The keys and addresses this app uses to reach Dollr, practice mode and where your data is kept. You set these up once.</source>
        <translation>Les clés et adresses que l’application utilise pour joindre Dollr, le mode entraînement et l’emplacement de vos données. Vous les réglez une fois.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>People and security</source>
        <translation>Personnes et sécurité</translation>
    </message>
    <message>
        <source>Dollr connection (advanced)</source>
        <translation>Connexion à Dollr (avancé)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Settings and keys are the owner's. Switch to the owner to change them.</source>
        <translation>Les paramètres et les clés sont réservés au propriétaire. Passez au propriétaire pour les changer.</translation>
    </message>
    <message>
        <source>Hide the Dollr connection settings</source>
        <translation>Masquer les réglages de connexion à Dollr</translation>
    </message>
    <message>
        <source>Show the Dollr connection settings</source>
        <translation>Afficher les réglages de connexion à Dollr</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;Practice mode&lt;/b&gt; with demo money on this computer.</source>
        <translation>Actuellement : &lt;b&gt;mode entraînement&lt;/b&gt; avec de l’argent fictif sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;Live&lt;/b&gt; account {client_id} at {url}.</source>
        <translation>Actuellement : compte &lt;b&gt;réel&lt;/b&gt; {client_id} sur {url}.</translation>
    </message>
    <message>
        <source>Checking your keys with Dollr…</source>
        <translation>Vérification de vos clés auprès de Dollr…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Not connected: see the messages above.</source>
        <translation>Non connecté : voir les messages ci-dessus.</translation>
    </message>
</context>
<context>
    <name>ShareMessage</name>
    <message>
        <source>Receipt {number} from {merchant}: {amount} paid on {date}.</source>
        <translation>Reçu {number} de {merchant} : {amount} payé le {date}.</translation>
    </message>
    <message>
        <source>Receipt {number} from {merchant}: {amount} paid.</source>
        <translation>Reçu {number} de {merchant} : {amount} payé.</translation>
    </message>
    <message>
        <source>View it here: {url}</source>
        <translation>Consultez-le ici : {url}</translation>
    </message>
    <message>
        <source>Receipt {number} from {merchant}</source>
        <translation>Reçu {number} de {merchant}</translation>
    </message>
    <message>
        <source>(The PDF receipt is attached.)</source>
        <translation>(Le reçu PDF est joint.)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>your PIN</source>
        <translation>votre code PIN</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Tapez votre code PIN.</translation>
    </message>
    <message>
        <source>You can type the PIN again.</source>
        <translation>Vous pouvez retaper le code PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} s.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dollr Desktop is already open; its window was brought forward.</source>
        <translation>Dollr Desktop est déjà ouvert ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Dollr Desktop is already open on this computer, with the same data. Switch to its window (look in the taskbar), or close it before opening it again.</source>
        <translation>Dollr Desktop est déjà ouvert sur cet ordinateur, avec les mêmes données. Passez à sa fenêtre (regardez dans la barre des tâches), ou fermez-le avant de le rouvrir.</translation>
    </message>
    <message>
        <source>Dollr Desktop is already open</source>
        <translation>Dollr Desktop est déjà ouvert</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Changer d’utilisateur</translation>
    </message>
    <message>
        <source>Who is at the computer now?</source>
        <translation>Qui est à l’ordinateur maintenant ?</translation>
    </message>
    <message>
        <source>Now: {name}</source>
        <translation>Maintenant : {name}</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Personne n’est connecté.</translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation>Connecté maintenant</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel switching user</source>
        <translation>Annuler le changement d’utilisateur</translation>
    </message>
</context>
<context>
    <name>TaxSettingsBox</name>
    <message>
        <source>Taxes and publishing</source>
        <translation>Taxes et publication</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>Tax applies</source>
        <translation>La taxe s'applique</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Tout le document</translation>
    </message>
    <message>
        <source>Each item (its own rate)</source>
        <translation>Chaque article (son propre taux)</translation>
    </message>
    <message>
        <source>The prices I type include tax</source>
        <translation>Les prix que je saisis sont TTC</translation>
    </message>
    <message>
        <source>Tax number (TIN)</source>
        <translation>Numéro fiscal (NIF)</translation>
    </message>
    <message>
        <source>Tax identification number (TIN)</source>
        <translation>Numéro d'identification fiscale (NIF/TIN)</translation>
    </message>
    <message>
        <source>Printed on receipts when filled in</source>
        <translation>Imprimé sur les reçus s'il est rempli</translation>
    </message>
    <message>
        <source>Print an EBM receipt reference field (Rwanda)</source>
        <translation>Imprimer un champ de référence du reçu EBM (Rwanda)</translation>
    </message>
    <message>
        <source>Ask before publishing an invoice or order</source>
        <translation>Demander avant de publier une facture ou une commande</translation>
    </message>
    <message>
        <source>Dollr holds only the lines: the tax is sent as a line of its own and discounts lower the prices, so the customer pays exactly the total shown.</source>
        <translation>Dollr ne garde que les lignes : la taxe est envoyée comme une ligne à part et les remises baissent les prix, pour que le client paie exactement le total affiché.</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S'applique à</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>VAT 18%</source>
        <translation>TVA 18 %</translation>
    </message>
    <message>
        <source>GST 10%</source>
        <translation>GST 10 %</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Sans taxe</translation>
    </message>
    <message>
        <source>Rwanda VAT 18%</source>
        <translation>TVA Rwanda 18 %</translation>
    </message>
    <message>
        <source>Liberia GST 10%</source>
        <translation>GST Liberia 10 %</translation>
    </message>
    <message>
        <source>The discount on the whole document is as large as the lines: make it smaller.</source>
        <translation>La remise sur tout le document est aussi grande que les lignes : réduisez-la.</translation>
    </message>
    <message>
        <source>Line {line}: the discount is as large as the line: make it smaller.</source>
        <translation>Ligne {line} : la remise est aussi grande que la ligne : réduisez-la.</translation>
    </message>
    <message>
        <source>Line {line}: after discounts and tax nothing is left to charge.</source>
        <translation>Ligne {line} : après remises et taxe, il ne reste rien à facturer.</translation>
    </message>
</context>
<context>
    <name>TillFeature</name>
    <message>
        <source>Asking for the fees…</source>
        <translation>Calcul des frais…</translation>
    </message>
    <message>
        <source>No quote for this number: F9 opens the payment window to choose how the customer pays.</source>
        <translation>Pas de devis pour ce numéro : F9 ouvre la fenêtre de paiement pour choisir comment le client paie.</translation>
    </message>
    <message>
        <source>{operator} (detected) · customer pays {pays} · you receive {receive}. F9 sends the request to their phone.</source>
        <translation>{operator} (détecté) · le client paie {pays} · vous recevez {receive}. F9 envoie la demande sur son téléphone.</translation>
    </message>
    <message>
        <source>The basket is empty: add an item first.</source>
        <translation>Le panier est vide : ajoutez d’abord un article.</translation>
    </message>
    <message>
        <source>Type the customer's phone number, or pick a saved customer.</source>
        <translation>Tapez le numéro du client, ou choisissez un client enregistré.</translation>
    </message>
    <message>
        <source>Making the order…</source>
        <translation>Création de la commande…</translation>
    </message>
    <message>
        <source>Not charged: nothing was made. The basket is kept.</source>
        <translation>Non encaissé : rien n’a été créé. Le panier est conservé.</translation>
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation>Envoi de la demande de paiement…</translation>
    </message>
    <message>
        <source>{number} made, but no request was sent: check the fees in the payment window and confirm.</source>
        <translation>{number} créée, mais aucune demande n’a été envoyée : vérifiez les frais dans la fenêtre de paiement et confirmez.</translation>
    </message>
    <message>
        <source>{number}: request sent to the customer's phone.</source>
        <translation>{number} : demande envoyée sur le téléphone du client.</translation>
    </message>
    <message>
        <source>{number} made: collecting {amount}.</source>
        <translation>{number} créée : encaissement de {amount}.</translation>
    </message>
    <message>
        <source>Paid: {number}.</source>
        <translation>Payé : {number}.</translation>
    </message>
    <message>
        <source>{number}: paid. Ready for the next sale.</source>
        <translation>{number} : payée. Prêt pour la vente suivante.</translation>
    </message>
    <message>
        <source>No paid sale yet to print a receipt for.</source>
        <translation>Pas encore de vente payée dont imprimer le reçu.</translation>
    </message>
    <message>
        <source>No paid sale yet to send a receipt for.</source>
        <translation>Pas encore de vente payée dont envoyer le reçu.</translation>
    </message>
    <message>
        <source>Getting the receipt…</source>
        <translation>Récupération du reçu…</translation>
    </message>
</context>
<context>
    <name>TillSettingsBox</name>
    <message>
        <source>The till</source>
        <translation>La caisse</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>A second window for a screen facing the customer: the basket, the total, the QR code to scan, and “Paid, thank you”.</source>
        <translation>Une seconde fenêtre pour un écran tourné vers le client : le panier, le total, le code QR à scanner et « Payé, merci ».</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Screen {number}: {name}</source>
        <translation>Écran {number} : {name}</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (non branché)</translation>
    </message>
</context>
<context>
    <name>TillWording</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>price in {currency}</source>
        <translation>prix en {currency}</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Un article doit avoir un nom.</translation>
    </message>
    <message>
        <source>Give the item a price in at least one currency.</source>
        <translation>Donnez à l’article un prix dans au moins une devise.</translation>
    </message>
    <message>
        <source>“{text}” is not a price in {currency}. Type digits, e.g. 150.00.</source>
        <translation>« {text} » n’est pas un prix en {currency}. Tapez des chiffres, par ex. 150,00.</translation>
    </message>
    <message>
        <source>The price in {currency} must be more than zero.</source>
        <translation>Le prix en {currency} doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>{currency} prices cannot have that many decimals.</source>
        <translation>Les prix en {currency} ne peuvent pas avoir autant de décimales.</translation>
    </message>
    <message>
        <source>“{text}” is not a stock count: type a whole number, 0 or more, or leave it empty.</source>
        <translation>« {text} » n’est pas un stock : tapez un nombre entier, 0 ou plus, ou laissez vide.</translation>
    </message>
    <message>
        <source>Another item already has the code {code}.</source>
        <translation>Un autre article a déjà le code {code}.</translation>
    </message>
    <message>
        <source>The code {code} is already used on row {row}.</source>
        <translation>Le code {code} est déjà utilisé à la ligne {row}.</translation>
    </message>
    <message>
        <source>The file's first row must name the columns, with at least “name” and a price column such as “price_LRD”.</source>
        <translation>La première ligne du fichier doit nommer les colonnes, avec au moins « name » et une colonne de prix comme « price_LRD ».</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s) to fix in the file first.</source>
        <translation>Rien n’a été importé : {count} problème(s) à corriger d’abord dans le fichier.</translation>
    </message>
    <message>
        <source>{name} has no price in {currency}. Give it one under Items, or change the sale's currency.</source>
        <translation>{name} n’a pas de prix en {currency}. Donnez-lui un prix sous Articles, ou changez la devise de la vente.</translation>
    </message>
    <message>
        <source>The basket is empty: add an item first.</source>
        <translation>Le panier est vide : ajoutez d’abord un article.</translation>
    </message>
    <message>
        <source>Type the customer's phone number, or pick a saved customer.</source>
        <translation>Tapez le numéro du client, ou choisissez un client enregistré.</translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <source>Update notice</source>
        <translation>Avis de mise à jour</translation>
    </message>
    <message>
        <source>Update notice text</source>
        <translation>Texte de l’avis de mise à jour</translation>
    </message>
    <message>
        <source>Get the update</source>
        <translation>Obtenir la mise à jour</translation>
    </message>
    <message>
        <source>Skip this version</source>
        <translation>Ignorer cette version</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version} is available&lt;/b&gt; (released {released}; you have {current}). Your data stays as it is; install it when it suits you.</source>
        <translation>&lt;b&gt;{app} {version} est disponible&lt;/b&gt; (publiée le {released} ; vous avez la {current}). Vos données restent telles quelles ; installez-la quand cela vous convient.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version} is available&lt;/b&gt; (you have {current}). Your data stays as it is; install it when it suits you.</source>
        <translation>&lt;b&gt;{app} {version} est disponible&lt;/b&gt; (vous avez la {current}). Vos données restent telles quelles ; installez-la quand cela vous convient.</translation>
    </message>
</context>
<context>
    <name>WaitingPayoutsBox</name>
    <message>
        <source>Payouts waiting for approval</source>
        <translation>Versements en attente d’approbation</translation>
    </message>
    <message>
        <source>Prepared payouts</source>
        <translation>Versements préparés</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Check and approve…</source>
        <translation>Vérifier et approuver…</translation>
    </message>
    <message>
        <source>Check and approve the chosen payout</source>
        <translation>Vérifier et approuver le versement choisi</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Refuse the chosen payout</source>
        <translation>Refuser le versement choisi</translation>
    </message>
    <message>
        <source>Waiting for your approval ({n})</source>
        <translation>En attente de votre approbation ({n})</translation>
    </message>
    <message>
        <source>Waiting for the owner's approval ({n})</source>
        <translation>En attente de l’approbation du propriétaire ({n})</translation>
    </message>
    <message>
        <source>Prepared by staff. Check each one, then approve it with your Dollr passcode, or refuse it.</source>
        <translation>Préparés par le personnel. Vérifiez chacun, puis approuvez-le avec votre code Dollr, ou refusez-le.</translation>
    </message>
    <message>
        <source>Only the owner approves payouts: they are paid once the owner approves.</source>
        <translation>Seul le propriétaire approuve les versements : ils sont payés une fois approuvés.</translation>
    </message>
</context>
<context>
    <name>WaitingStrip</name>
    <message>
        <source>Payments waiting</source>
        <translation>Paiements en attente</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>En attente :</translation>
    </message>
    <message>
        <source>{number} · {amount} · failed</source>
        <translation>{number} · {amount} · échoué</translation>
    </message>
    <message>
        <source>{number} · {amount} · waiting</source>
        <translation>{number} · {amount} · en attente</translation>
    </message>
    <message>
        <source>Open the payment of {number}</source>
        <translation>Ouvrir le paiement de {number}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Something went wrong ({code}). Nothing was lost; try again, and tell support this code if it happens again.</source>
        <translation>Un problème est survenu ({code}). Rien n’a été perdu ; réessayez, et donnez ce code au support si cela se reproduit.</translation>
    </message>
    <message>
        <source>Dollr said: {text}</source>
        <translation>Dollr a répondu : {text}</translation>
    </message>
    <message>
        <source>Practice merchant</source>
        <translation>Commerçant d’entraînement</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <source>{step}: {state}</source>
        <translation>{step} : {state}</translation>
    </message>
</context>
</TS>