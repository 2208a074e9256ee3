<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ContactsView</name>
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
        <source>{count} contact</source>
        <translation>{count} contact</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
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
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Collections appear here once payments are set up.</source>
        <translation>Les encaissements s’affichent ici une fois les paiements configurés.</translation>
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
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apparence :</translation>
    </message>
    <message>
        <source>Restart Dollr Desktop to see every screen in {language}.</source>
        <translation>Redémarrez Dollr Desktop pour voir tous les écrans en {language}.</translation>
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
</TS>