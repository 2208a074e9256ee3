<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="rw">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices, mobile-money collections and payouts on Dollr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this app does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation>Verisiyo</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version:</source>
        <translation>Verisiyo:</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open logs folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Libraries in this app and their licences:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>not a packaged build (running from the source code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stated in its package information</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AboutSettingsBox</name>
    <message>
        <source>About</source>
        <translation>Ibyerekeye</translation>
    </message>
    <message>
        <source>{app} version {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About {app}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realtime address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://&lt;project&gt;.supabase.co</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realtime anon key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout passcode phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find these in the Dollr merchant portal under Developers → API keys. The client secret is kept in this computer's password store, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password store problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realtime address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Realtime anon key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout passcode phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the client ID from the merchant portal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the client secret from the merchant portal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API address starts with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Realtime address starts with https:// or wss://.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to Dollr. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Can't reach Dollr. Check the internet connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr is taking too long to answer. Check the internet connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr did not accept this app's API keys. Check the client ID and secret in Settings, then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Dollr account is not allowed to do this yet. Payouts, payment links and refunds need a verified merchant account: contact Dollr support to finish verification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr could not find this record. It may have been removed; refresh the list and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr could not accept these details. Please correct them and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr is receiving too many requests from this account right now. Wait a minute, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr is having trouble right now. Your data is safe; please try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr had a problem while saving this, so it may or may not have been saved. Refresh to check before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection dropped while sending this payment, so it is not yet known whether it went through. Do not pay again: the app will check its status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no password store (keyring) that Dollr Desktop can use, so your client secret is kept for this session only and you will be asked for it again next time. To keep it, set up or unlock the system's password store (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), then restart Dollr Desktop.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the payout, then approve it with your Dollr passcode. Nothing is paid until you do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout to approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode phone in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phone} &lt;span style='color:gray'&gt;(from Settings)&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set in Settings: type the phone your passcode belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back without paying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My passcode is tied to my Dollr user id, not a phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve with a user id instead of a phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your Dollr user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>ApproveRunDialog</name>
    <message>
        <source>Approve payout run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume the run: the rows not paid yet will be paid one by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve the whole run once. The rows are then paid one by one; nothing is paid until you approve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run to approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run passcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run passcode phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode phone (from Settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set in Settings: type the phone your passcode belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run approval message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve and resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve and pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back without paying the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passcode phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your payout passcode (4 to 12 digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the phone your passcode belongs to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User switched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout prepared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation>Ohereza hanze</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run results kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prepared by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prepared no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>debited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong tries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lock after (min)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>← People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ohereza CSV…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who:</source>
        <translation>Nde:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Iki:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Kuva:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kugeza:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Nde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Iki</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log is the owner's. Switch to the owner to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>everyone</source>
        <translation>bose</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>byose</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the chain of entries…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ The chain of entries is intact: nothing was edited or deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ The audit log was changed outside the app: entry no. {id} (or the one before it) was edited or deleted. Entries from there on cannot be trusted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>Backup password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups are locked with this password. Write it down and keep it apart from the computer: without it, nobody (not even Dollr) can open a backup. Backups already made keep the password they were made with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New backup password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New backup password again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation>Ijambo ry'ibanga:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Kubika kopi</translation>
    </message>
    <message>
        <source>Backups keep what Dollr cannot give back: your payment journal, documents, contacts and settings. They are encrypted with your backup password: keep it safe, a backup cannot be opened without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up automatically every day and when the app closes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of days of backups to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups to keep, typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only in the data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation>Siba byose</translation>
    </message>
    <message>
        <source>Stop copying backups to the second folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set backup password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now</source>
        <translation>Bika kopi ubu</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the last:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also copy to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days (one backup a day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change backup password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second folder for backups (e.g. a USB stick)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>Made on {date} by Dollr Desktop {version}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{documents} documents, {contacts} contacts, {journal} payment journal entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} changes waiting to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} other records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} saved receipts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings (never your client secret).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Wrong backup password: this backup cannot be opened with it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup file is incomplete (it was cut short, perhaps while copying). Nothing was changed; use another copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup file is damaged and cannot be restored. Nothing was changed; use another copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Dollr Desktop backup file. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup was made by a newer Dollr Desktop. Update the app, then restore it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup was made by Dollr Desktop {version}, newer than this one. Update the app, then restore it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a backup password first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to back up yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup folder {folder} is not there (is the USB stick plugged in?). The backup in the data folder was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup file {file} could not be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <source>Backup cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup password yet: set one to turn on backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup yet. Backups go to {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last backup: {date}, in {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no password store: the backup password is kept until the app closes, and automatic backups stop after that until you set it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup made on {date} is restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data it replaced is kept in {file}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipts paid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipts paid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Urupapuro rw'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ohereza hanze</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation>Urupapuro</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ububiko</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder for the PDFs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled. {count} receipt PDF(s) were saved in {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDFs could not be written to {folder}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding the receipts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No paid invoices or orders in these dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {done} of {total}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {count} receipt PDF(s) in {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
</context>
<context>
    <name>BillsView</name>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new bill, due {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paying in parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled</source>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <source>Deposit for {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instalment {n} of {count} for {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the unpaid parts of this plan on Dollr? Parts already paid stay paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel unpaid parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan canceled. {amount} stays paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number} repeats: the first new bill is on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 recurring bill made and published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} recurring bills made and published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder for {number} opened to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation>nta na rimwe</translation>
    </message>
    <message>
        <source>Recurring bills, reminders and payment plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurring bills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bills made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recurring bills list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop repeating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the selected recurring bill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders to send today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Igihe ntarengwa</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders to send list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Send the reminder by WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the reminder by SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>Send the reminder by email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment plans list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the selected payment plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder result</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CashCountBox</name>
    <message>
        <source>Cash taken outside Dollr (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from your till's own record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Byari byitezwe</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Byabaruwe</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Ikinyuranyo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>Type an amount in {currency}, e.g. 1500.00 (or leave both empty).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CashUp</name>
    <message>
        <source>{day}, shift {start}–{end}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not closed yet · figures at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version {version} was reopened: closing makes version {next}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed {time} · version {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(replaces version {version})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reopened {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up</source>
        <translation>Kubarura kasi</translation>
    </message>
    <message>
        <source>Computer: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payments in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Igiteranyo mbumbe</translation>
    </message>
    <message>
        <source>Fees paid by customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation>Bisigaye</translation>
    </message>
    <message>
        <source>Method and operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payouts made from this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} payouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds given from this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net after refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still waiting to be paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash taken outside Dollr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected</source>
        <translation>Byari byitezwe</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Byabaruwe</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Ikinyuranyo</translation>
    </message>
    <message>
        <source>On this computer: {pending} payments still pending, {failed} failed (not counted above).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CashUpView</name>
    <message>
        <source>Cash-up</source>
        <translation>Kubarura kasi</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Umunsi</translation>
    </message>
    <message>
        <source>Shift only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vugurura</translation>
    </message>
    <message>
        <source>Refresh the cash-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close cash-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ongera ufungure</translation>
    </message>
    <message>
        <source>Reopen cash-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4 page</source>
        <translation>Urupapuro A4</translation>
    </message>
    <message>
        <source>Till roll, 80 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till roll, 58 mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation>Urupapuro</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Capa…</translation>
    </message>
    <message>
        <source>Print cash-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bika nka PDF…</translation>
    </message>
    <message>
        <source>Save cash-up as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List of closed cash-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed cash-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{period} · version {version} · {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner closes and reopens cash-ups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not closed: correct the cash amounts first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cash-up is already closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up closed: version {version}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up reopened: closing it again makes version {version}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash-up sent to the printer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>MTN MoMo · Liberia</source>
        <translation>MTN MoMo · Liberiya</translation>
    </message>
    <message>
        <source>Orange Money · Liberia</source>
        <translation>Orange Money · Liberiya</translation>
    </message>
    <message>
        <source>MTN MoMo · Rwanda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Airtel Money · Rwanda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orange Money · Rwanda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{operator} via {company}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange fee</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Import items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation>Ibicuruzwa</translation>
    </message>
    <message>
        <source>What you sell at the counter: tap them on the New sale screen or scan their code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search saved items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, code or category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation>Byabitswe mu bushyinguro</translation>
    </message>
    <message>
        <source>Show archived items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item…</source>
        <translation>Igicuruzwa gishya…</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Igicuruzwa gishya</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Hindura…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation>Bika mu bushyinguro</translation>
    </message>
    <message>
        <source>Archive or restore the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Injiza CSV…</translation>
    </message>
    <message>
        <source>Import items from a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ohereza CSV…</translation>
    </message>
    <message>
        <source>Export items to a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved items list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Biri mu bubiko</translation>
    </message>
    <message>
        <source>Import and export result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows to fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No item matches this search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the item filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved items yet. Add what you sell, or import a spreadsheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item (no items yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing items…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} item(s) imported from {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting items…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} item(s) exported to {file}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect payment · {number}</source>
        <translation>Kwakira ubwishyu · {number}</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>Kwakira ubwishyu</translation>
    </message>
    <message>
        <source>Collect {amount}</source>
        <translation>Akira {amount}</translation>
    </message>
    <message>
        <source>Document and customer</source>
        <translation>Inyandiko n'umukiriya</translation>
    </message>
    <message>
        <source>How the customer pays</source>
        <translation>Uko umukiriya yishyura</translation>
    </message>
    <message>
        <source>Mobile money push</source>
        <translation>Gusaba kwishyura kuri Mobile Money</translation>
    </message>
    <message>
        <source>Payment link / QR</source>
        <translation>Ihuza ryo kwishyura / QR</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close (a payment in progress keeps being watched)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A payment request for this document is already under way; it is shown here. No second request will be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already paid: there is nothing more to collect.</source>
        <translation>Byamaze kwishyurwa: nta kindi cyo kwakira.</translation>
    </message>
</context>
<context>
    <name>CollectFeature</name>
    <message>
        <source>the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid: {what} · {amount} from {who}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment failed: {what} from {who}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{what}: Dollr has no record of the request, so no money moved. You can try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt was not printed: no printer is chosen. Choose one in Settings → Business details and receipts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid, but the receipt could not be printed. Open it from Payments to print it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Umuntu mushya</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>si ngombwa</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Isano</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Ururimi rw'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Same as the app</source>
        <translation>Nk'iya porogaramu</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Amazina yose:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Imeri:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Isano:</translation>
    </message>
    <message>
        <source>Receipt language:</source>
        <translation>Ururimi rw'inyemezabwishyu:</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Type the contact's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This doesn't look like an email address (name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the contact…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>← All contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to all contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Igihugu</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship</source>
        <translation>Isano</translation>
    </message>
    <message>
        <source>Save relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New invoice for this contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Imeri:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Isano:</translation>
    </message>
    <message>
        <source>Payments and payouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments and payouts with this contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer; not yet sent to Dollr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments and payouts ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments and payouts: none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relationship saved: {relationship}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>{name} (not yet sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Igihugu</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Isano</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <source>Search name, phone or email  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All relationships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation>Umuntu mushya</translation>
    </message>
    <message>
        <source>Number of contacts shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact matches this search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the contact filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Liberia</source>
        <translation>Liberiya</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>U Rwanda</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guinea</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nigeria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uganda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kenya</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tanzania</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Burundi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DR Congo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan to pay with your phone, or approve the request on your phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid, thank you!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Igiteranyo {amount}</translation>
    </message>
    <message>
        <source>To pay {amount}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>Type a name or phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new customer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Invoice {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice (not yet sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order (not yet sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New invoice</source>
        <translation>Fagitire nshya</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Komande nshya</translation>
    </message>
    <message>
        <source>A payment is being processed; it cannot be canceled now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer pays the fees on top of the total.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You pay the fees: they come out of what you receive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtotal {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount −{amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EBM receipt reference kept for this document's receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a customer from the list, or create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the unit price: a line priced 0 cannot be published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The total is more than Dollr accepts: {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the marked values first: they were not taken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer; it will be sent when Dollr is reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one item before publishing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking Dollr for the fees…</source>
        <translation>Turabaza Dollr amafaranga ya serivisi…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Why this document cannot be edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>What is this for? Shown to the customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who pays the fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer pays the fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I pay the fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due by</source>
        <translation>Bitarenze</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the customer pay online with a payment link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer:</source>
        <translation>Umukiriya:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Ifaranga:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Icyitonderwa:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date:</source>
        <translation>Itariki ntarengwa:</translation>
    </message>
    <message>
        <source>EBM receipt reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the EBM receipt; printed on this document's receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EBM receipt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add item</source>
        <translation>Ongeraho igicuruzwa</translation>
    </message>
    <message>
        <source>Add a line item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove item</source>
        <translation>Kuraho igicuruzwa</translation>
    </message>
    <message>
        <source>Remove the selected line item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line items error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>Discount on the whole document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10% or amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax of the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prices include tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taxes and discounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount:</source>
        <translation>Igabanywa:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Umusoro:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Bika umushinga</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Tangaza…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel this document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collect payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation>Inyemezabwishyu</translation>
    </message>
    <message>
        <source>Collect payment</source>
        <translation>Kwakira ubwishyu</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat this document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund this payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay in parts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay this document in parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Don't ask again (Settings can turn it back on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Don't ask again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save your changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document has changes that are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the draft and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax of this line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price</source>
        <translation>Igiciro kimwe</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved items</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Overdue</source>
        <translation>Byarengeje igihe</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Uko byose bihagaze</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Umushinga</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Yatangajwe</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Birakorwa</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fagitire</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Komande</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Ntibiroherezwa</translation>
    </message>
    <message>
        <source>Not sent: Dollr refused it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentWording</name>
    <message>
        <source>This document is not on this computer yet; sync and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>Published: this invoice is locked. Its customer, items and amounts can no longer change. The customer can pay it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published: this order is locked. Its customer, items and amounts can no longer change. The customer can pay it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A payment is being processed for this invoice. It cannot be changed or canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A payment is being processed for this order. It cannot be changed or canceled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid. This invoice is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid. This order is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled. The customer can no longer pay this invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceled. The customer can no longer pay this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved on this computer; not yet sent. It will be sent to Dollr automatically when the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish this invoice?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once published, the invoice is locked: its customer, items and amounts can no longer change. The customer can then pay it. You can still cancel it while it is unpaid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish this order?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once published, the order is locked: its customer, items and amounts can no longer change. The customer can then pay it. You can still cancel it while it is unpaid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published. The invoice is locked and ready to be paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published. The order is locked and ready to be paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer will no longer be able to pay {number}. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer will no longer be able to pay it. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel this invoice?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the order</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>(draft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation>Nomero</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Igihe ntarengwa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Fagitire nshya</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New order</source>
        <translation>Komande nshya</translation>
    </message>
    <message>
        <source>Search number, customer, note or item  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search invoices and orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fagitire</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Komande</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All currencies</source>
        <translation>Amafaranga yose</translation>
    </message>
    <message>
        <source>Totals of the documents shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices and orders list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collect payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation>Inyemezabwishyu</translation>
    </message>
    <message>
        <source>Collect payment for the selected document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt of the selected document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No invoice or order matches this search and these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the document filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DollrApp</name>
    <message>
        <source>Still connecting to Dollr… try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter your client secret again to connect to Dollr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was not found in this computer's password store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting practice mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline — showing saved data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the client secret again under “Connect my Dollr account”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide error details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation>Ubwoko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Customer or recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Uburyo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Sosiyete y'itumanaho</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Byakiriwe</translation>
    </message>
    <message>
        <source>Received currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees</source>
        <translation>Amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Indango</translation>
    </message>
    <message>
        <source>Operator reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation>Byakozwe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomero</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Igihe ntarengwa</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kugeza</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation>Verisiyo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation>Ubwishyu</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Igiteranyo mbumbe</translation>
    </message>
    <message>
        <source>Fees paid by customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation>Bisigaye</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fagitire</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Komande</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation>Umushinga</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payouts</source>
        <translation>Kwishyura abandi</translation>
    </message>
    <message>
        <source>Cash-ups</source>
        <translation>Ibibarura bya kasi</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Ohereza hanze</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kugeza</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation>Ohereza hanze…</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} rows exported to {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeePreviewBox</name>
    <message>
        <source>What the customer pays</source>
        <translation>Ibyo umukiriya yishyura</translation>
    </message>
    <message>
        <source>Fee preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment method for the fee preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer's currency for the fee preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show fees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the fees for this method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer pays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You receive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees</source>
        <translation>Amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer pays:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You receive:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fees</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Dollr Desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome! How would you like to start?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice with demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try invoices, payments and payouts with demo money. Nothing real moves, and you can connect your account later from Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect my Dollr account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use your API keys from the Dollr merchant portal to take real payments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back your journal, documents, contacts and settings from a Dollr Desktop backup file (for example on a USB stick).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect and check the keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection check result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking your keys with Dollr…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected yet: see the messages above.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>No payments yet today.</source>
        <translation>Nta bwishyu buraza uyu munsi.</translation>
    </message>
    <message>
        <source>{net} received from 1 payment</source>
        <translation>{net} byakiriwe mu bwishyu 1</translation>
    </message>
    <message>
        <source>{net} received from {count} payments</source>
        <translation>{net} byakiriwe mu bwishyu {count}</translation>
    </message>
    <message>
        <source>sales {gross}</source>
        <translation>igurisha {gross}</translation>
    </message>
    <message>
        <source>fees you bore {fees}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fees customers bore {fees}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing received yet today</source>
        <translation>Nta kintu kiraza uyu munsi</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} bitegereje</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} byanze</translation>
    </message>
    <message>
        <source>paid out {amount}</source>
        <translation>byishyuwe abandi {amount}</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Nta bwishyu buraza.</translation>
    </message>
    <message>
        <source>≈ {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(since {date})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No takings in this period yet.</source>
        <translation>Nta byinjiye muri iki gihe.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ahabanza</translation>
    </message>
    <message>
        <source>Waiting to be paid</source>
        <translation>Bitegereje kwishyurwa</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Byarengeje igihe</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Imishinga</translation>
    </message>
    <message>
        <source>Reminders to send today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See reminders to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation>Uyu munsi</translation>
    </message>
    <message>
        <source>Collections appear here once payments are set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Amafaranga asigaye (ikigereranyo)</translation>
    </message>
    <message>
        <source>An estimate from the payments this app knows. &lt;a href="{url}"&gt;Exact balance in the Dollr portal&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the estimated balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening balance…</source>
        <translation>Amafaranga yo gutangiriraho…</translation>
    </message>
    <message>
        <source>Set an opening balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takings</source>
        <translation>Ibyinjiye</translation>
    </message>
    <message>
        <source>Takings chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Iminsi 7 ishize</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Iminsi 30 ishize</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last payments</source>
        <translation>Ubwishyu buheruka</translation>
    </message>
    <message>
        <source>New sale (F2)</source>
        <translation>Igurisha rishya (F2)</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Igurisha rishya</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Fagitire nshya</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Umuntu mushya</translation>
    </message>
    <message>
        <source>See overdue</source>
        <translation>Reba ibyarengeje igihe</translation>
    </message>
    <message>
        <source>See overdue invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} not published yet</source>
        <translation>{count} bitaratangazwa</translation>
    </message>
    <message>
        <source>{count} document</source>
        <translation>inyandiko {count}</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>inyandiko {count}</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item</source>
        <translation>Igicuruzwa gishya</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <source>Code (SKU or barcode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional; scan it here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In stock</source>
        <translation>Biri mu bubiko</translation>
    </message>
    <message>
        <source>optional; sales count it down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation>Izina:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Icyiciro:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <source>In stock:</source>
        <translation>Biri mu bubiko:</translation>
    </message>
    <message>
        <source>Price in {currency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no price in {currency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price ({currency}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation>Bika</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Type a whole number, 0 or more, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the item a price in at least one currency.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemTiles</name>
    <message>
        <source>Saved items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} in stock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageAppearanceBox</name>
    <message>
        <source>Language and appearance</source>
        <translation>Ururimi n'isura</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ururimi</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Isura</translation>
    </message>
    <message>
        <source>Like this computer</source>
        <translation>Nk'iyi mudasobwa</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Urumuri</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Umwijima</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation>Ururimi:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Isura:</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Ongera utangize ubu</translation>
    </message>
    <message>
        <source>Restart Dollr Desktop now</source>
        <translation>Ongera utangize Dollr Desktop ubu</translation>
    </message>
    <message>
        <source>Restart Dollr Desktop to see every screen in {language}.</source>
        <translation>Ongera utangize Dollr Desktop kugira ngo ubone buri paji mu {language}.</translation>
    </message>
</context>
<context>
    <name>LineItemsModel</name>
    <message>
        <source>Item</source>
        <translation>Igicuruzwa</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Umubare</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Igiciro kimwe</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Igabanywa</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Umusoro</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Igiteranyo cy'umurongo</translation>
    </message>
    <message>
        <source>A discount in percent is more than 0 and less than 100, e.g. 10%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr accepts at most {amount} in one amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity is a whole number, 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity is at most 100,000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the unit price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount is as large as the line: make it smaller.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>Payment link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy link</source>
        <translation>Koporora ihuza</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>Copy the payment link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the payment page in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share the link by WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share the link by SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share the link by email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the payment link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment link status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer scans the code with their phone's camera and pays by mobile money or card on Dollr's page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number} was not made as a payment link, so Dollr has no payment page for it. Use mobile money push instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting the payment link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payment link could not be fetched. Check the connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the customer to pay {amount} on the page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment for {number}</source>
        <translation>Kwishyura {number}</translation>
    </message>
    <message>
        <source>Link copied. Paste it into any message to the customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The old link expired; this is a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid. {number} is settled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer is paying now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number} was canceled; it can no longer be paid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer was left alone for a while. Type your PIN to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked by hand. Type your PIN to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who is at the computer? Choose your name and type your PIN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cash-up</source>
        <translation>Kubarura kasi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices &amp; orders</source>
        <translation>Fagitire na komande</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ahabanza</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Ubwishyu</translation>
    </message>
    <message>
        <source>Payout runs</source>
        <translation>Kwishyura benshi</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Kwishyura abandi</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>biratangira…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Igenamiterere</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Igurisha rishya</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ibicuruzwa</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ibice</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Igice uriho</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last synced</source>
        <translation>Byavuguruwe bwa nyuma</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vugurura</translation>
    </message>
    <message>
        <source>Fetch the latest from Dollr now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Vugurura ubu</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ntabwo uhujwe</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Konti: {name}</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>IMYITOZO</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>NYAKURI</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Uri kuri interineti</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Nta interineti</translation>
    </message>
    <message>
        <source>Last synced: {when}</source>
        <translation>Byavuguruwe bwa nyuma: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nta na rimwe</translation>
    </message>
    <message>
        <source>Recurring bills</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MomoPanel</name>
    <message>
        <source>Customer's mobile-money number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile-money operator</source>
        <translation>Sosiyete ya Mobile Money</translation>
    </message>
    <message>
        <source>Operator detection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer's currency</source>
        <translation>Ifaranga ry'umukiriya</translation>
    </message>
    <message>
        <source>What the customer pays and you receive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees</source>
        <translation>Amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Send payment request</source>
        <translation>Ohereza ubusabe bwo kwishyura</translation>
    </message>
    <message>
        <source>Confirm and send the payment request to the customer's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the payment page instead</source>
        <translation>Fungura urupapuro rwo kwishyura</translation>
    </message>
    <message>
        <source>Open the hosted payment page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer's number:</source>
        <translation>Nomero y'umukiriya:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Sosiyete y'itumanaho:</translation>
    </message>
    <message>
        <source>Customer pays in:</source>
        <translation>Umukiriya yishyura mu:</translation>
    </message>
    <message>
        <source>Detecting from the number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the customer's mobile-money number.</source>
        <translation>Andika nomero ya Mobile Money y'umukiriya.</translation>
    </message>
    <message>
        <source>Asking Dollr which operator this number is on…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr did not recognise this number as mobile money. Check it, or choose the operator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ {operator} (detected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ {operator} (detected). Wrong? Choose another operator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen by you: {operator}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking Dollr for the fees…</source>
        <translation>Turabaza Dollr amafaranga ya serivisi…</translation>
    </message>
    <message>
        <source>The fees could not be fetched. Check the connection and the number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer pays {pays} · you receive {receive}</source>
        <translation>Umukiriya yishyura {pays} · wowe wakira {receive}</translation>
    </message>
    <message>
        <source>Fees: {fees}</source>
        <translation>Amafaranga ya serivisi: {fees}</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Nta mafaranga ya serivisi.</translation>
    </message>
    <message>
        <source>A payment request for this document is already waiting for the customer. It is shown here; no second request was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation>Turohereza ubusabe bwo kwishyura…</translation>
    </message>
    <message>
        <source>the request could not be sent; no money moved. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payment goes through {operator}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{paid} paid · you receive {received}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No money moved. You can send a new request, or use the payment link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the request never reached Dollr, so no money moved. You can try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer was lost on the way. The app is checking this payment's status; it will never be sent twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payment needs the customer to confirm it on Dollr's secure page (for example a card's 3-D Secure check), which this app cannot show. Open the payment page and let the customer finish there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid through the payment link. Nothing more to collect.</source>
        <translation>Byishyuwe binyuze ku ihuza ryo kwishyura. Nta kindi cyo kwakira.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“{text}” is not an amount. Type digits, e.g. 150.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} amounts have no decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} amounts have at most {places} decimals.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPayoutDialog</name>
    <message>
        <source>Recipient's mobile-money number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator detected by Dollr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount the recipient gets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>optional, e.g. March salary or invoice 1042</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay to:</source>
        <translation>Yishyure:</translation>
    </message>
    <message>
        <source>Mobile money:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amafaranga:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Icyitonderwa:</translation>
    </message>
    <message>
        <source>✓ Dollr: {operator} · pays out in {currencies}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who gets the money, or create a new recipient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the recipient's mobile-money number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the amount the recipient gets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New payout</source>
        <translation>Kwishyura undi</translation>
    </message>
    <message>
        <source>Payout problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation>Komeza</translation>
    </message>
    <message>
        <source>Continue to approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve the payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new payout session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the payout details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the payout for the owner's approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than the estimated balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payout debits {debited}, more than the estimated balance of {estimate}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The estimate only counts what this app knows; Dollr refuses a payout the wallet cannot cover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the payout…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous session expired and nothing was paid. Start a new session to pay {amount} to {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner approves payouts. Switch user to the owner, or close this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New payout (account closed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what the notice is about</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline banner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening balance window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter what your Dollr wallet held on a date (from the Dollr portal). The estimate adds what came in and takes away what went out since then. Leave the amount empty to remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>On the date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save opening balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} amounts cannot have that many decimals.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline — showing saved data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the parts…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OwnerOnlyPanel</name>
    <message>
        <source>{where}: only the owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner can open this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: why this is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where}: switch to the owner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasscodeEdit</name>
    <message>
        <source>your Dollr payout passcode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentStates</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking with Dollr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Byanze</translation>
    </message>
    <message>
        <source>Not sent (no money moved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentTimeline</name>
    <message>
        <source>Payment progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompt sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the customer to approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Sending the prompt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking that the prompt arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prompt was not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentWording</name>
    <message>
        <source>{number} is {status}, so it cannot be paid now. Publish it first (or refresh: it may already be paid).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a payment request that never reached Dollr can be sent again; this one did reach it. Its status is checked instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recipient's mobile-money operator did not accept the payout (their wallet or number, not yours). Nothing was paid to them: check the number with the recipient, then make a new payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was paid: top up the wallet (or pay less), then make a new payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was paid to the recipient; you can make a new payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the customer's mobile-money operator did not approve the payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr answered late for this attempt, after the app had taken it as never received: this money DID move. Check for a second payment made meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Muraho {name},</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Muraho,</translation>
    </message>
    <message>
        <source>here is {merchant}'s order {number} for {amount}.</source>
        <translation>dore komande {number} ya {merchant} ingana na {amount}.</translation>
    </message>
    <message>
        <source>here is {merchant}'s invoice {number} for {amount}.</source>
        <translation>dore fagitire {number} ya {merchant} ingana na {amount}.</translation>
    </message>
    <message>
        <source>You can pay it by mobile money or card here: {url} Thank you!</source>
        <translation>Mushobora kuyishyura kuri Mobile Money cyangwa ikarita hano: {url} Murakoze!</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <source>The customer has a prompt on their phone to enter their PIN.</source>
        <translation>Umukiriya yabonye ubutumwa kuri telefone bumusaba gushyiramo umubare w'ibanga (PIN).</translation>
    </message>
    <message>
        <source>Still waiting after {minutes} min. That is normal: some customers take a while. You can close this window; the app keeps watching and tells you when it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer pays {paid} · you receive {received}</source>
        <translation>Umukiriya yishyura {paid} · wowe wakira {received}</translation>
    </message>
    <message>
        <source>Fees: {fees}</source>
        <translation>Amafaranga ya serivisi: {fees}</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>{count} payments received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{who} paid {amount} ({document})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund: {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid · partly refunded ({amount})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked after restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Nde</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Byakiriwe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Uburyo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Indango</translation>
    </message>
    <message>
        <source>Reference {reference} (select the row and press Ctrl+C to copy it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation>Ubwishyu</translation>
    </message>
    <message>
        <source>Quick sale…</source>
        <translation>Igurisha ryihuse…</translation>
    </message>
    <message>
        <source>Quick sale: a payment link for a sale at the counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search customer, document, phone or reference  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation>Uyu munsi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bitegereje</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Byanze</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collections and payouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collections</source>
        <translation>Ibyakiriwe</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Kwishyura abandi</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected payment's reference id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Inyemezabwishyu…</translation>
    </message>
    <message>
        <source>Receipt of the selected payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview, print, save or share the receipt (works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund the selected payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export receipts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the receipts of a date range to PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payment matches this search and these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the payment filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All methods</source>
        <translation>Uburyo bwose</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Amafaranga yose</translation>
    </message>
    <message>
        <source>{count} payment shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} payments shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied reference {reference}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutFeeBox</name>
    <message>
        <source>Recipient gets {gets} · your wallet is debited {debited}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees</source>
        <translation>Amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Fee preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the recipient and type an amount to see the fees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient gets and wallet debited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Amafaranga asigaye (ikigereranyo)</translation>
    </message>
    <message>
        <source>Estimated balance: ≈ {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this payout is more than that; Dollr refuses a payout the wallet cannot cover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fees</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutRunWords</name>
    <message>
        <source>This file is not UTF-8 text. Save it as “CSV UTF-8” and open it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file has no rows to pay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first line must name the columns name, phone, amount and currency (note and reference are optional). Missing: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the recipient's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr pays no mobile-money operator for this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a currency (USD, LRD or RWF).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr does not pay out in {currency}: use USD, LRD or RWF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{method} does not pay {currency}: it pays {currencies}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is not a number, e.g. 1250.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount is above Dollr's limit for one payout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} has no decimals: use a whole amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} has {decimals} decimals at most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same number as row {position}. Tick “Pay twice” if both payments are meant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some rows still have problems: fix them or leave them out first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run is already paying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run has already been paid or cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve the run with your passcode to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr could not be reached, so the run paused. Nothing was sent for the waiting rows; resume when the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner can approve payout runs on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not paid: run cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending to Dollr…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation>Bitegereje</translation>
    </message>
    <message>
        <source>Processing: the operator delivers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking with Dollr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Byanze</translation>
    </message>
    <message>
        <source>Never reached Dollr: not paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation>Umushinga</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for Dollr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutRunsView</name>
    <message>
        <source>Payout runs</source>
        <translation>Kwishyura benshi</translation>
    </message>
    <message>
        <source>Pay many people at once: payroll, suppliers on Friday. Every row is checked before anything moves; the owner approves the whole run once with the passcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run from a CSV file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run from a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run from contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run from contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run from this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run from the saved list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout runs list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation>Byakozwe</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation>Ibisubizo</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Fungura urutonde</translation>
    </message>
    <message>
        <source>Open the selected run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout runs message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payout runs yet. Start one from your contacts or from a CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run from contacts (no runs yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>‹ All runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to all runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the rows as a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this draft run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to editing the rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve and pay…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve and pay the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the results as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the results as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry unpaid rows as a new run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry the unpaid rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved list yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rows} rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rows} rows · {paid} paid · {unpaid} not paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV and PDF kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a CSV file of payouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{paying} rows to pay, {left} left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{bad} rows need fixing (or leave them out) before the run can start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{currency}&lt;/b&gt;: {rows} payouts, recipients get {amount}, fees {fees}, your wallet is debited &lt;b&gt;{debit}&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated balance: {balance}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is more than the estimated balance: some rows may fail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} rows could not be quoted: see their Problems column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{done} of {total} sent · {paid} paid · {failed} not paid · {open} waiting for the operator · {skipped} skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused. The rows not sent yet wait for you: press Resume and approve with your passcode again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as the list “{name}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking Dollr for each row's fee…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &lt;b&gt;{name}&lt;/b&gt;: {count} rows still to pay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rows} payouts, your {currency} wallet debited &lt;b&gt;{debit}&lt;/b&gt; (fees {fees})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pausing after the row being paid now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: rows not started will not be paid; rows already sent finish as Dollr decides.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutSessionBox</name>
    <message>
        <source>Ready to approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &lt;b&gt;{currency} wallet&lt;/b&gt; (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session expired</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutStatusBox</name>
    <message>
        <source>Payout progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference id: {reference}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutWording</name>
    <message>
        <source>That passcode is not right ({tries} wrong tries). Nothing was paid. To protect your wallet, wait before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passcode is not right. Nothing was paid. Type it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{operator} pays out in {currencies}, not {currency}. Choose {choices}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the recipient's mobile-money number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was saved on this computer and will be sent to Dollr when the connection returns. A payout needs a connection: try again once you are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not on Dollr yet; sync, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr cannot pay out to {phone}: {reason}. Check the number with the recipient (it must be a mobile-money number on the operator shown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A payout to {name} on this number is still in progress (reference {reference}). Wait until it completes or fails before paying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong passcodes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr has no passcode for this user id. Check it in the Dollr app, or approve with your passcode phone instead. Nothing was paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr has no passcode for this phone. Check the payout passcode phone in Settings (it is the phone you set the passcode up with in the Dollr app). Nothing was paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payout session expired before approval. Nothing was paid. Confirm the payout again to start a new session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr refused this payout: {reason}. Nothing was paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr has paused payouts after too many wrong passcodes ({detail}). Nothing was paid. Wait, then try again; if you forgot the passcode, reset it in the Dollr app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Dollr account is not verified for payouts yet, so nothing was paid. Finish the business verification in the Dollr merchant portal (it usually takes a working day), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong passcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session expired before approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account not verified for payouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payouts locked after wrong passcodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no passcode for this phone or user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr cannot pay this number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutWords</name>
    <message>
        <source>Sending to Dollr…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending: Dollr has it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Processing: the operator is delivering it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking with Dollr (connection dropped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation>Byanze</translation>
    </message>
    <message>
        <source>Not sent: no money moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused, nothing paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay &lt;b&gt;{amount}&lt;/b&gt; to &lt;b&gt;{recipient}&lt;/b&gt; on {carrier} {phone}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your {currency} wallet (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} in fees).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your {currency} wallet (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your {currency} wallet will be debited &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} in fees).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your {currency} wallet will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PayoutsView</name>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient gets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payouts</source>
        <translation>Kwishyura abandi</translation>
    </message>
    <message>
        <source>New payout…</source>
        <translation>Kwishyura undi…</translation>
    </message>
    <message>
        <source>New payout</source>
        <translation>Kwishyura undi</translation>
    </message>
    <message>
        <source>Pay suppliers and staff by mobile money. Each payout is approved with your Dollr passcode and recorded here before any money moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payouts yet. Press “New payout…” to pay a supplier or a member of staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New payout (no payouts yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payouts yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse the payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse the payout of {amount} to {name} prepared by {who}? Nothing is paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Switch user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch user (Ctrl+Shift+U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner set-up offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the owner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation>Si ubu</translation>
    </message>
    <message>
        <source>Not now: set up the owner later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protect this computer: set up the owner's PIN, so only the owner approves payouts and changes settings, and staff sign in with their own PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit log was changed outside the app.&lt;/b&gt; Entry no. {id} (or the one before it) was edited or deleted; entries from there on cannot be trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the computer: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner can do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove {name} from this computer? They will no longer be able to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation>Kuraho</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log saved as {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PIN is {min} to {max} digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong PIN. Try again in {seconds} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the person's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer already has an owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The owner approves payouts, refunds, changes settings and keys, and manages people. Staff sell, collect, make invoices and prepare payouts for the owner to approve. Each person has a PIN; the Dollr passcode is still asked at each payout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation>Abantu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Inshingano</translation>
    </message>
    <message>
        <source>At the computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the owner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up the owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Ongeraho umukozi…</translation>
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Hindura PIN…</translation>
    </message>
    <message>
        <source>Change the chosen person's PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation>Kuraho</translation>
    </message>
    <message>
        <source>Remove the chosen person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation>nta na rimwe</translation>
    </message>
    <message>
        <source>{n} min without use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L locks at once; Ctrl+Shift+U switches user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the app after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation>Igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>Open the audit log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who did what and when: sign-ins, payouts prepared and approved, settings changed. Each entry is chained to the one before, so an edited or deleted entry shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People and the audit log are the owner's. Switch to the owner to add staff, change PINs or read the log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleSettingsBox</name>
    <message>
        <source>People and audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who uses this computer, their PINs and what each may do; when the app locks; the log of who did what.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People…</source>
        <translation>Abantu…</translation>
    </message>
    <message>
        <source>Open People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Igitabo cy'ibikorwa…</translation>
    </message>
    <message>
        <source>Open the audit log from Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Set up the owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner set-up window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New staff member window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN change window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are the owner: only you approve payouts, refund, change settings and keys, and add staff. Choose a PIN of 4 to 8 digits that only you know. It is not your Dollr passcode, which is still asked at each payout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff sell, collect, make invoices and prepare payouts for the owner to approve. Give them a PIN of 4 to 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the new PIN twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation>Izina:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>Ongera wandike PIN:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation>Si ubu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <source>Phone country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 0771234567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected country and operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the number the way you would dial it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>this country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a mobile number, e.g. 0771234567.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too short for {country}: {missing} digit(s) missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too long for {country}: {extra} digit(s) too many.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a phone number: a number has 8 to 15 digits with its country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country not recognised; check the country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{country}: not a mobile-money number Dollr recognises.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{country}: no number of this kind is in use; check it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickContactsDialog</name>
    <message>
        <source>New run from contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts to pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel picking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the people to pay; type the amounts in the next step.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Pay {number} in parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment plan window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each part becomes its own order with its own payment link. {number} itself is canceled on Dollr so it cannot be paid on top of its parts; this app shows what is paid and what is left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of instalments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deposit or first part due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>Monthly instalments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save payment plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
</context>
<context>
    <name>PlansWording</name>
    <message>
        <source>A plan needs at least one instalment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deposit must be less than the total, with no more decimals than the currency has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many instalments for this amount: each would be less than the smallest coin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an unpaid document can be paid in parts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parts must add up to the total, {total} {currency}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each part must be more than zero, with no more decimals than {currency} has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document already has a payment plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This plan is already settled or canceled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode banner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;PRACTICE MODE — demo money.&lt;/b&gt; Nothing here is real and no real money moves. Demo client ID &lt;code&gt;{client_id}&lt;/code&gt;, secret &lt;code&gt;{secret}&lt;/code&gt;; payout passcode &lt;b&gt;{passcode}&lt;/b&gt; (phone {phone}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreparedNote</name>
    <message>
        <source>Approval note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You prepare this payout; the owner approves it with the Dollr passcode before any money moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared by {who} on {when}. Check it, press Continue, then approve it with your Dollr passcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent for approval: {amount} to {name}. The owner sees it under Payouts; nothing is paid until they approve it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>Payment link QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan to pay: {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No link yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Preparing the link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Paid</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuickSaleDialog</name>
    <message>
        <source>Quick sale</source>
        <translation>Igurisha ryihuse</translation>
    </message>
    <message>
        <source>Customer's name (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is it for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Medicine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <source>Customer's phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation>Izina:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amafaranga:</translation>
    </message>
    <message>
        <source>Create payment link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Dollr makes an order for this sale and a page the customer pays on by mobile money or card. You show them the QR code next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the customer's phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the payment link…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt</source>
        <translation>Inyemezabwishyu</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Byakiriwe kuri</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Igicuruzwa</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Umubare</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Igiciro kimwe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ubwishyu</translation>
    </message>
    <message>
        <source>Thank you for your payment.</source>
        <translation>Murakoze kwishyura.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Murakoze!</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>Scan to see this receipt on Dollr</source>
        <translation>Soma kode urebe iyi nyemezabwishyu kuri Dollr</translation>
    </message>
    <message>
        <source>TIN {tax_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Uko bihagaze: {status}</translation>
    </message>
    <message>
        <source>Paid {when}</source>
        <translation>Byishyuwe {when}</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Igiteranyo gito</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Igiteranyo cyishyuwe</translation>
    </message>
    <message>
        <source>Merchant received</source>
        <translation>Umucuruzi yakiriye</translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} of {count} of {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation>Igabanywa</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>EBM receipt reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees paid by the merchant</source>
        <translation>Amafaranga ya serivisi yishyuwe n'umucuruzi</translation>
    </message>
    <message>
        <source>Fees paid by the customer</source>
        <translation>Amafaranga ya serivisi yishyuwe n'umukiriya</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Byishyuwe na</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Sosiyete y'itumanaho</translation>
    </message>
    <message>
        <source>Payer account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Igipimo cy'ivunjisha</translation>
    </message>
    <message>
        <source>Customer paid</source>
        <translation>Umukiriya yishyuye</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Nomero y'igikorwa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Indango</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Print receipt {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt {number} sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt {number} printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Inyemezabwishyu {number}</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF is saved in {folder}: attach {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting the receipt…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiptButton</name>
    <message>
        <source>Receipt</source>
        <translation>Inyemezabwishyu</translation>
    </message>
    <message>
        <source>Preview, print, save or share the receipt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Inyemezabwishyu {number}</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Urupapuro rw'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Turategura inyemezabwishyu…</translation>
    </message>
    <message>
        <source>Receipt status</source>
        <translation>Uko inyemezabwishyu ihagaze</translation>
    </message>
    <message>
        <source>Receipt preview</source>
        <translation>Inyemezabwishyu uko izasa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Capa…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Reba mbere yo gucapa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bika nka PDF…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund this payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the mail client with the receipt link; the PDF is saved for attaching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper:</source>
        <translation>Urupapuro:</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <source>A4 page</source>
        <translation>Urupapuro A4</translation>
    </message>
    <message>
        <source>Letter page</source>
        <translation>Urupapuro Letter</translation>
    </message>
    <message>
        <source>Till receipt, 80 mm</source>
        <translation>Inyemezabwishyu ya kasi, mm 80</translation>
    </message>
    <message>
        <source>Till receipt, 58 mm</source>
        <translation>Inyemezabwishyu ya kasi, mm 58</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsBox</name>
    <message>
        <source>Business details and receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name your customers know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street, town</source>
        <translation>Umuhanda, umujyi</translation>
    </message>
    <message>
        <source>Folder for PDF receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
    <message>
        <source>Print automatically when paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on every receipt. Paper and printer apply to Print and to automatic printing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Aderesi</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Urupapuro rw'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Icapiro</translation>
    </message>
    <message>
        <source>Choose the folder for PDF receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask every time (no printer chosen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecipientBox</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a supplier's or employee's name or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recipient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recipient's full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recipient's relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel the new recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their mobile-money number is the one under “Mobile money” below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name:</source>
        <translation>Amazina yose:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Isano:</translation>
    </message>
    <message>
        <source>Creating the recipient…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {document}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund a payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was paid and what is left to refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount to refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: item returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to find the payment intent id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment intent id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the payment intent id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt PDF (page)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the refund receipt as a page PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt PDF (till roll)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the refund receipt as a till roll PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the refund window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{customer} paid {paid}. Already refunded: {refunded}. Left to refund: {left}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the refund to Dollr…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded {amount}. The money is on its way back to the customer's wallet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr never received this refund: nothing was given back. You may try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer was lost; checking with Dollr (the refund is never sent twice)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund of {amount} in progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the refund receipt as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt could not be saved: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner can give refunds. Ask the owner to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Refunded now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <source>Operator reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation>Indango</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a paid payment can be refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the amount to give back, in figures (for example 12.50).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount to give back must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} cannot have that many decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is more than is left to refund: at most {amount}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A refund of this payment is still on its way. Wait until it is settled before giving more back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr needs this payment's intent id. Find the payment in the Dollr merchant portal (Payments, open the payment) and copy its payment intent id: a number such as 90012.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A payment intent id is a number only, such as 90012. Copy it from the Dollr merchant portal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr does not know that payment intent id ({reason}). Check it in the merchant portal. Nothing was refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr refused this amount: {reason}. Nothing was refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr refused the refund: {reason}. Nothing was refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr does not allow refunds on this account yet: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Dollr wallet did not have enough money for this refund. Nothing was given back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refund failed. Nothing was given back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Umutanga-bicuruzwa</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Umukozi</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation>Umufatanyabikorwa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friend</source>
        <translation>Inshuti</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Umuryango</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderMessage</name>
    <message>
        <source>Hello {customer}, a reminder from {merchant}: {number} for {amount} was due on {due}. You can pay it here: {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello {customer}, a reminder from {merchant}: {number} for {amount} is due on {due}. You can pay it here: {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello {customer}, {merchant} sent you {number} for {amount}, due on {due}. You can pay it here: {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment reminder: {number}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <source>Repeat {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app makes and publishes a new bill for {customer} on each date, with the same items and fees, and prepares its payment link. The customer approves every payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every term (4 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First new bill on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat until a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of bills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>The first new bill must be after today: this document is today's bill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last date must not be before the first new bill.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>By day</source>
        <translation>Ku munsi</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Ku cyumweru</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Ku kwezi</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0–30 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>31–60 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>61–90 days late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than 90 days late</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <source>Only the owner exports the books.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Raporo</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takings grouped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vugurura</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation>Ohereza hanze…</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takings table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Ubwishyu</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Igiteranyo mbumbe</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bisigaye</translation>
    </message>
    <message>
        <source>Takings chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Methods table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method and operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees paid by customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Methods chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fees table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Fees chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top customers table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Byakiriwe</translation>
    </message>
    <message>
        <source>Top customers chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payouts table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payouts</source>
        <translation>Kwishyura abandi</translation>
    </message>
    <message>
        <source>Payouts chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report tabs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takings</source>
        <translation>Ibyinjiye</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Uburyo</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Bitarishyurwa</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week of {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} payments received, {net} net, {first} – {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation>Ibindi</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A .dollrbackup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of this backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with this backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This backup holds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring replaces the journal, documents, contacts and settings on this computer with the backup's. Your current data is backed up first, with this backup's password, in the backups folder. Payments still open in the backup are then checked with Dollr: none is sent twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What restoring does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the file and password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace my data with this backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the backup and saving your current data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr Desktop backups (*.dollrbackup)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the password this backup was made with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore cancelled. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replacing the data and opening it…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunResults</name>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomero</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} paid, {amount}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payout run “{name}”: results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run {id} · {state} · approved {approved} · finished {finished}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunRows</name>
    <message>
        <source>Pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Ifaranga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Indango</translation>
    </message>
    <message>
        <source>Pay twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient gets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SaleView</name>
    <message>
        <source>New sale</source>
        <translation>Igurisha rishya</translation>
    </message>
    <message>
        <source>Sale currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search items or scan a code</source>
        <translation>Shakisha igicuruzwa cyangwa usome kode</translation>
    </message>
    <message>
        <source>Search or scan a code, then Enter</source>
        <translation>Shakisha cyangwa usome kode, hanyuma ukande Enter</translation>
    </message>
    <message>
        <source>Search message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Categories</source>
        <translation>Amoko</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Agaseke</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Igicuruzwa</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Umubare</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>One less of the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation>Siba byose</translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation>Siba ibiri mu gaseke</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>Customer's phone (walk-in)</source>
        <translation>Telefone y'umukiriya (utanditse)</translation>
    </message>
    <message>
        <source>Customer's phone number</source>
        <translation>Nomero ya telefone y'umukiriya</translation>
    </message>
    <message>
        <source>Saved customer</source>
        <translation>Umukiriya wanditse</translation>
    </message>
    <message>
        <source>or pick a saved customer by name or number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>What the customer pays</source>
        <translation>Ibyo umukiriya yishyura</translation>
    </message>
    <message>
        <source>Charge (F9)</source>
        <translation>Ishyuza (F9)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Ishyuza</translation>
    </message>
    <message>
        <source>QR or card (F10)</source>
        <translation>QR cyangwa ikarita (F10)</translation>
    </message>
    <message>
        <source>Charge by QR code or card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sale message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reprint (F4)</source>
        <translation>Ongera ucape (F4)</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Ongera ucape inyemezabwishyu iheruka</translation>
    </message>
    <message>
        <source>SMS (F6)</source>
        <translation>SMS (F6)</translation>
    </message>
    <message>
        <source>Send the last receipt by SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp (F7)</source>
        <translation>WhatsApp (F7)</translation>
    </message>
    <message>
        <source>Send the last receipt by WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation>Byose</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ibindi</translation>
    </message>
    <message>
        <source>No saved item matches “{text}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved items in {currency} yet. Add them under Items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No saved item has the code or name “{text}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{names} has no price in {currency}: remove it first, or give it one under Items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Igiteranyo {amount}</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>ibicuruzwa {count}</translation>
    </message>
    <message>
        <source>The basket's currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking Dollr what the customer pays…</source>
        <translation>Turabaza Dollr ibyo umukiriya yishyura…</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Umukiriya: {name}</translation>
    </message>
    <message>
        <source>Customer: {name} (saved contact)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionCountdown</name>
    <message>
        <source>Approve within {time} (the session then expires)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This payout session has expired. Nothing was paid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Igenamiterere</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to practice mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync now</source>
        <translation>Vugurura ubu</translation>
    </message>
    <message>
        <source>Connect my Dollr account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the keys and connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection check result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings and keys are the owner's. Switch to the owner to change them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: &lt;b&gt;Practice mode&lt;/b&gt; with demo money on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: &lt;b&gt;Live&lt;/b&gt; account {client_id} at {url}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking your keys with Dollr…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: see the messages above.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareMessage</name>
    <message>
        <source>Receipt {number} from {merchant}: {amount} paid on {date}.</source>
        <translation>Inyemezabwishyu {number} ya {merchant}: {amount} byishyuwe ku wa {date}.</translation>
    </message>
    <message>
        <source>Receipt {number} from {merchant}: {amount} paid.</source>
        <translation>Inyemezabwishyu {number} ya {merchant}: {amount} byishyuwe.</translation>
    </message>
    <message>
        <source>View it here: {url}</source>
        <translation>Yirebe hano: {url}</translation>
    </message>
    <message>
        <source>Receipt {number} from {merchant}</source>
        <translation>Inyemezabwishyu {number} ya {merchant}</translation>
    </message>
    <message>
        <source>(The PDF receipt is attached.)</source>
        <translation>(Inyemezabwishyu ya PDF iri ku mugereka.)</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who:</source>
        <translation>Nde:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can type the PIN again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dollr Desktop is already open; its window was brought forward.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr Desktop is already open on this computer, with the same data. Switch to its window (look in the taskbar), or close it before opening it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr Desktop is already open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who is at the computer now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel switching user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaxSettingsBox</name>
    <message>
        <source>Taxes and publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each item (its own rate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prices I type include tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prices typed include tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax identification number (TIN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on receipts when filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print an EBM receipt reference field (Rwanda)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EBM receipt reference on receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask before publishing an invoice or order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask before publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dollr holds only the lines: the tax is sent as a line of its own and discounts lower the prices, so the customer pays exactly the total shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation>Umusoro</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>VAT 18%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GST 10%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tax</source>
        <translation>Nta musoro</translation>
    </message>
    <message>
        <source>Rwanda VAT 18%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liberia GST 10%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discount on the whole document is as large as the lines: make it smaller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line}: the discount is as large as the line: make it smaller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line}: after discounts and tax nothing is left to charge.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillFeature</name>
    <message>
        <source>Asking for the fees…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quote for this number: F9 opens the payment window to choose how the customer pays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{operator} (detected) · customer pays {pays} · you receive {receive}. F9 sends the request to their phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The basket is empty: add an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the customer's phone number, or pick a saved customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the order…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not charged: nothing was made. The basket is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation>Turohereza ubusabe bwo kwishyura…</translation>
    </message>
    <message>
        <source>{number} made, but no request was sent: check the fees in the payment window and confirm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}: request sent to the customer's phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number} made: collecting {amount}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid: {number}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}: paid. Ready for the next sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No paid sale yet to print a receipt for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No paid sale yet to send a receipt for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting the receipt…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillSettingsBox</name>
    <message>
        <source>The till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A second window for a screen facing the customer: the basket, the total, the QR code to scan, and “Paid, thank you”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New sales in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer display:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation>Nta na kimwe</translation>
    </message>
    <message>
        <source>Screen {number}: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TillWording</name>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>price in {currency}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the item a price in at least one currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a price in {currency}. Type digits, e.g. 150.00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The price in {currency} must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} prices cannot have that many decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a stock count: type a whole number, 0 or more, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another item already has the code {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code {code} is already used on row {row}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's first row must name the columns, with at least “name” and a price column such as “price_LRD”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s) to fix in the file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} has no price in {currency}. Give it one under Items, or change the sale's currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The basket is empty: add an item first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the customer's phone number, or pick a saved customer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <source>Update notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update notice text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get the update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{app} {version} is available&lt;/b&gt; (released {released}; you have {current}). Your data stays as it is; install it when it suits you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{app} {version} is available&lt;/b&gt; (you have {current}). Your data stays as it is; install it when it suits you.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaitingPayoutsBox</name>
    <message>
        <source>Payouts waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared payouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Icyitonderwa</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Check and approve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check and approve the chosen payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse the chosen payout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for your approval ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the owner's approval ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared by staff. Check each one, then approve it with your Dollr passcode, or refuse it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the owner approves payouts: they are paid once the owner approves.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaitingStrip</name>
    <message>
        <source>Payments waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number} · {amount} · failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number} · {amount} · waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the payment of {number}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Something went wrong ({code}). Nothing was lost; try again, and tell support this code if it happens again.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>