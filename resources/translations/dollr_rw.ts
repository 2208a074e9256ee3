<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="rw">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Ibyerekeye {app}</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Izina rya porogaramu</translation>
    </message>
    <message>
        <source>Invoices, mobile-money collections and payouts on Dollr.</source>
        <translation>Fagitire, kwakira amafaranga kuri Mobile Money no kwishyura abandi kuri Dollr.</translation>
    </message>
    <message>
        <source>What this app does</source>
        <translation>Icyo iyi porogaramu ikora</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verisiyo</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Itariki yakozweho</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Ikora kuri</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Ububiko bw'amakuru</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Verisiyo:</translation>
    </message>
    <message>
        <source>Built:</source>
        <translation>Yakozwe:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Ikora kuri:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Ububiko bw'amakuru:</translation>
    </message>
    <message>
        <source>Open logs folder</source>
        <translation>Fungura ububiko bw'amateka</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Fungura ububiko bw'amakuru</translation>
    </message>
    <message>
        <source>Libraries in this app and their licences:</source>
        <translation>Amasomero ari muri iyi porogaramu n'impushya zayo:</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Amasomero n'impushya</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Isomero</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Uruhushya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>not a packaged build (running from the source code)</source>
        <translation>si verisiyo yapakiwe (ikora ivuye kuri kode y'inkomoko)</translation>
    </message>
    <message>
        <source>not stated in its package information</source>
        <translation>ntibivugwa mu makuru y'ipaki yayo</translation>
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
        <translation>{app} verisiyo {version}</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Verisiyo ya porogaramu</translation>
    </message>
    <message>
        <source>About {app}…</source>
        <translation>Ibyerekeye {app}…</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Ibyerekeye {app}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Aderesi ya API</translation>
    </message>
    <message>
        <source>Realtime address</source>
        <translation>Aderesi ya Realtime</translation>
    </message>
    <message>
        <source>https://&lt;project&gt;.supabase.co</source>
        <translation>https://&lt;project&gt;.supabase.co</translation>
    </message>
    <message>
        <source>Realtime anon key</source>
        <translation>Urufunguzo rwa Realtime (anon key)</translation>
    </message>
    <message>
        <source>Payout passcode phone</source>
        <translation>Telefone ya kode y'ibanga yo kwishyura</translation>
    </message>
    <message>
        <source>Payout passcode phone country</source>
        <translation>Igihugu cya telefone ya kode y'ibanga</translation>
    </message>
    <message>
        <source>Payout passcode phone number</source>
        <translation>Nomero ya telefone ya kode y'ibanga</translation>
    </message>
    <message>
        <source>Find these in the Dollr merchant portal under Developers → API keys. The client secret is kept in this computer's password store, never in a file.</source>
        <translation>Ibi uzabisanga ku rubuga rw'abacuruzi rwa Dollr, muri Developers → API keys. Client secret ibikwa mu bubiko bw'amagambo y'ibanga bw'iyi mudasobwa, nta na rimwe ibikwa muri dosiye.</translation>
    </message>
    <message>
        <source>Password store problem</source>
        <translation>Ikibazo cy'ububiko bw'amagambo y'ibanga</translation>
    </message>
    <message>
        <source>Dollr did not accept this client ID and secret. Copy them again from the portal.</source>
        <translation>Dollr ntiyemeye iyi Client ID na Client secret. Ongera uzikoporore ku rubuga rw'abacuruzi.</translation>
    </message>
    <message>
        <source>Paste the client ID from the merchant portal.</source>
        <translation>Omeka Client ID ivuye ku rubuga rw'abacuruzi.</translation>
    </message>
    <message>
        <source>Paste the client secret from the merchant portal.</source>
        <translation>Omeka client secret ivuye ku rubuga rw'abacuruzi.</translation>
    </message>
    <message>
        <source>The API address starts with https://.</source>
        <translation>Aderesi ya API itangirwa na https://.</translation>
    </message>
    <message>
        <source>The Realtime address starts with https:// or wss://.</source>
        <translation>Aderesi ya Realtime itangirwa na https:// cyangwa wss://.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to Dollr. Please try again.</source>
        <translation>Habaye ikibazo mu kuvugana na Dollr. Ongera ugerageze.</translation>
    </message>
    <message>
        <source>Can't reach Dollr. Check the internet connection, then try again.</source>
        <translation>Ntibishoboka kugera kuri Dollr. Reba niba interineti ikora, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Dollr is taking too long to answer. Check the internet connection, then try again.</source>
        <translation>Dollr iratinda gusubiza. Reba niba interineti ikora, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Dollr did not accept this app's API keys. Check the client ID and secret in Settings, then sign in again.</source>
        <translation>Dollr ntiyemeye imfunguzo za API z'iyi porogaramu. Reba Client ID na client secret mu Igenamiterere, hanyuma wongere winjire.</translation>
    </message>
    <message>
        <source>Your Dollr account is not allowed to do this yet. Payouts, payment links and refunds need a verified merchant account: contact Dollr support to finish verification.</source>
        <translation>Konti yawe ya Dollr ntiremererwa gukora ibi. Kwishyura abandi, amahuza yo kwishyura no gusubiza amafaranga bisaba konti y'umucuruzi yagenzuwe: vugana n'ubufasha bwa Dollr kugira ngo murangize igenzura.</translation>
    </message>
    <message>
        <source>Dollr could not find this record. It may have been removed; refresh the list and try again.</source>
        <translation>Dollr ntiyabonye iki kintu. Gishobora kuba cyarasibwe; vugurura urutonde hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Dollr could not accept these details. Please correct them and try again.</source>
        <translation>Dollr ntiyashoboye kwakira aya makuru. Yakosore hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Dollr is receiving too many requests from this account right now. Wait a minute, then try again.</source>
        <translation>Dollr iri kwakira ubusabe bwinshi cyane buturutse kuri iyi konti. Tegereza umunota umwe, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Dollr is having trouble right now. Your data is safe; please try again in a few minutes.</source>
        <translation>Dollr ifite ikibazo muri iki gihe. Amakuru yawe afite umutekano; ongera ugerageze mu minota mike.</translation>
    </message>
    <message>
        <source>Dollr had a problem while saving this, so it may or may not have been saved. Refresh to check before trying again.</source>
        <translation>Dollr yagize ikibazo mu kubika ibi, bityo bishobora kuba byabitswe cyangwa bitabitswe. Vugurura urebe mbere yo kongera kugerageza.</translation>
    </message>
    <message>
        <source>The connection dropped while sending this payment, so it is not yet known whether it went through. Do not pay again: the app will check its status.</source>
        <translation>Interineti yacitse mu gihe cyo kohereza ubu bwishyu, bityo ntiturabasha kumenya niba bwakunze. Ntukongere kwishyura: porogaramu iragenzura uko buhagaze.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Dollr Desktop can use, so your client secret is kept for this session only and you will be asked for it again next time. To keep it, set up or unlock the system's password store (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet), then restart Dollr Desktop.</source>
        <translation>Iyi mudasobwa nta bubiko bw'amagambo y'ibanga (keyring) ifite Dollr Desktop ishobora gukoresha, bityo client secret yawe ibikwa muri iki gihe gusa, kandi uzongera kuyisabwa ubutaha. Kugira ngo ibikwe, shyiraho cyangwa ufungure ububiko bw'amagambo y'ibanga bwa sisitemu (Windows Credential Manager, macOS Keychain, GNOME Keyring cyangwa KWallet), hanyuma wongere utangize Dollr Desktop.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve payout</source>
        <translation>Emeza kwishyura</translation>
    </message>
    <message>
        <source>Payout approval</source>
        <translation>Kwemeza kwishyura abandi</translation>
    </message>
    <message>
        <source>Check the payout, then approve it with your Dollr passcode. Nothing is paid until you do.</source>
        <translation>Genzura ubu bwishyu, hanyuma ubwemeze ukoresheje kode y'ibanga ya Dollr. Nta kizishyurwa utarabikora.</translation>
    </message>
    <message>
        <source>Payout to approve</source>
        <translation>Ubwishyu bwo kwemeza</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Kode y'ibanga</translation>
    </message>
    <message>
        <source>Passcode phone</source>
        <translation>Telefone ya kode y'ibanga</translation>
    </message>
    <message>
        <source>Passcode phone in use</source>
        <translation>Telefone ya kode y'ibanga ikoreshwa</translation>
    </message>
    <message>
        <source>{phone} &lt;span style='color:gray'&gt;(from Settings)&lt;/span&gt;</source>
        <translation>{phone} &lt;span style='color:gray'&gt;(bivuye mu Igenamiterere)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not set in Settings: type the phone your passcode belongs to.</source>
        <translation>Ntiyashyizwe mu Igenamiterere: andika telefone kode yawe y'ibanga ibarizwaho.</translation>
    </message>
    <message>
        <source>Approval message</source>
        <translation>Ubutumwa bwo kwemeza</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>Go back without paying</source>
        <translation>Subira inyuma utishyuye</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>Kode y'ibanga:</translation>
    </message>
    <message>
        <source>My passcode is tied to my Dollr user id, not a phone</source>
        <translation>Kode yanjye y'ibanga ihujwe na ID yanjye y'ukoresha Dollr, si telefone</translation>
    </message>
    <message>
        <source>Approve with a user id instead of a phone</source>
        <translation>Emeza ukoresheje ID y'ukoresha aho kuba telefone</translation>
    </message>
    <message>
        <source>Dollr user id</source>
        <translation>ID y'ukoresha Dollr</translation>
    </message>
    <message>
        <source>your Dollr user id</source>
        <translation>ID yawe y'ukoresha Dollr</translation>
    </message>
    <message>
        <source>Passcode phone:</source>
        <translation>Telefone ya kode y'ibanga:</translation>
    </message>
    <message>
        <source>Type your payout passcode (the digits you set in the Dollr app).</source>
        <translation>Andika kode y'ibanga yo kwishyura (imibare washyizeho muri porogaramu ya Dollr).</translation>
    </message>
    <message>
        <source>Type your Dollr user id.</source>
        <translation>Andika ID yawe y'ukoresha wa Dollr.</translation>
    </message>
    <message>
        <source>Type the phone number your passcode belongs to.</source>
        <translation>Andika nomero ya telefone kode y'ibanga yawe ifitanye isano na yo.</translation>
    </message>
    <message>
        <source>Sending your approval to Dollr…</source>
        <translation>Kohereza icyemezo cyawe kuri Dollr…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing is sent twice: the payout's status is checked with Dollr before anything else happens.</source>
        <translation>Habaye ikibazo kitari kitezwe. Nta kintu cyoherezwa kabiri: uko ubwishyu buhagaze kubanza kugenzurwa kuri Dollr mbere y'ikindi cyose.</translation>
    </message>
    <message>
        <source>Open verification in the Dollr portal</source>
        <translation>Fungura igenzura ku rubuga rw'abacuruzi rwa Dollr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>You can type the passcode again.</source>
        <translation>Ushobora kongera kwandika kode y'ibanga.</translation>
    </message>
    <message>
        <source>{problem} Try again in {seconds} s.</source>
        <translation>{problem} Ongera ugerageze mu masegonda {seconds}.</translation>
    </message>
    <message>
        <source>The payout session expired before approval. Nothing was paid. Close this window and confirm the payout again to start a new session.</source>
        <translation>Igihe cy'ubwishyu cyarangiye mbere yo kwemeza. Nta mafaranga yishyuwe. Funga iri dirishya wongere wemeze ubwishyu kugira ngo utangire ikindi gihe.</translation>
    </message>
</context>
<context>
    <name>ApproveRunDialog</name>
    <message>
        <source>Approve payout run</source>
        <translation>Emeza kwishyura benshi</translation>
    </message>
    <message>
        <source>Resume the run: the rows not paid yet will be paid one by one.</source>
        <translation>Komeza urutonde: imirongo itarishyurwa izishyurwa umwe ku wundi.</translation>
    </message>
    <message>
        <source>Approve the whole run once. The rows are then paid one by one; nothing is paid until you approve.</source>
        <translation>Emeza urutonde rwose rimwe. Imirongo ihita yishyurwa umwe ku wundi; nta kizishyurwa utaremeza.</translation>
    </message>
    <message>
        <source>Run to approve</source>
        <translation>Urutonde rwo kwemeza</translation>
    </message>
    <message>
        <source>Run passcode</source>
        <translation>Kode y'ibanga y'urutonde</translation>
    </message>
    <message>
        <source>Run passcode phone</source>
        <translation>Telefone ya kode y'ibanga y'urutonde</translation>
    </message>
    <message>
        <source>Passcode phone (from Settings)</source>
        <translation>Telefone ya kode y'ibanga (yo mu Igenamiterere)</translation>
    </message>
    <message>
        <source>Not set in Settings: type the phone your passcode belongs to.</source>
        <translation>Ntiyashyizwe mu Igenamiterere: andika telefone kode yawe y'ibanga ibarizwaho.</translation>
    </message>
    <message>
        <source>Run approval message</source>
        <translation>Ubutumwa bwo kwemeza urutonde</translation>
    </message>
    <message>
        <source>Approve and resume</source>
        <translation>Emeza ukomeze</translation>
    </message>
    <message>
        <source>Approve and pay</source>
        <translation>Emeza wishyure</translation>
    </message>
    <message>
        <source>Approve the run</source>
        <translation>Emeza urutonde</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>Go back without paying the run</source>
        <translation>Subira inyuma utishyuye urutonde</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>Kode y'ibanga:</translation>
    </message>
    <message>
        <source>Passcode phone:</source>
        <translation>Telefone ya kode y'ibanga:</translation>
    </message>
    <message>
        <source>Type your payout passcode (4 to 12 digits).</source>
        <translation>Andika kode yawe y'ibanga yo kwishyura (imibare 4 kugeza kuri 12).</translation>
    </message>
    <message>
        <source>Type the phone your passcode belongs to.</source>
        <translation>Andika telefone kode yawe y'ibanga ibarizwaho.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>Yinjiye</translation>
    </message>
    <message>
        <source>User switched</source>
        <translation>Ukoresha yahinduwe</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Byafunguwe</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN itari yo</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Umuntu yongeweho</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Umuntu yakuweho</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN yahinduwe</translation>
    </message>
    <message>
        <source>Payout prepared</source>
        <translation>Kwishyura undi kwateguwe</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>Kwishyura undi kwemejwe</translation>
    </message>
    <message>
        <source>Payout refused</source>
        <translation>Kwishyura undi kwanzwe</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Igenamiterere ryahinduwe</translation>
    </message>
    <message>
        <source>Keys changed</source>
        <translation>Imfunguzo zahinduwe</translation>
    </message>
    <message>
        <source>Payout run started</source>
        <translation>Kwishyura benshi kwatangiye</translation>
    </message>
    <message>
        <source>Payout run paused</source>
        <translation>Kwishyura benshi kwahagaritswe by'agateganyo</translation>
    </message>
    <message>
        <source>Payout run resumed</source>
        <translation>Kwishyura benshi kwakomeje</translation>
    </message>
    <message>
        <source>Payout run cancelled</source>
        <translation>Kwishyura benshi kwahagaritswe</translation>
    </message>
    <message>
        <source>Payout run finished</source>
        <translation>Kwishyura benshi kwarangiye</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Cash-up closed</source>
        <translation>Ibarura rya kasi ryasojwe</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ohereza hanze</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Igitabo cy'ibikorwa cyoherejwe hanze</translation>
    </message>
    <message>
        <source>Export opened</source>
        <translation>Kohereza hanze byafunguwe</translation>
    </message>
    <message>
        <source>Cash-up reopened</source>
        <translation>Ibarura rya kasi ryongeye gufungurwa</translation>
    </message>
    <message>
        <source>Payout run approved</source>
        <translation>Kwishyura benshi kwemejwe</translation>
    </message>
    <message>
        <source>Payout run created</source>
        <translation>Kwishyura benshi kwakozwe</translation>
    </message>
    <message>
        <source>Payout run interrupted</source>
        <translation>Kwishyura benshi kwahagaze bitunguranye</translation>
    </message>
    <message>
        <source>Payout run results kept</source>
        <translation>Ibyavuye mu kwishyura benshi byabitswe</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amafaranga</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>ifaranga</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>uwakira</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>note</source>
        <translation>icyitonderwa</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>indango</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>byateguwe na</translation>
    </message>
    <message>
        <source>prepared no.</source>
        <translation>nomero y'itegurwa</translation>
    </message>
    <message>
        <source>debited</source>
        <translation>byakuwe kuri konti</translation>
    </message>
    <message>
        <source>person</source>
        <translation>umuntu</translation>
    </message>
    <message>
        <source>role</source>
        <translation>inshingano</translation>
    </message>
    <message>
        <source>from</source>
        <translation>kuva</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kugeza</translation>
    </message>
    <message>
        <source>why</source>
        <translation>impamvu</translation>
    </message>
    <message>
        <source>wrong tries</source>
        <translation>amagerageza yanze</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>uburyo</translation>
    </message>
    <message>
        <source>lock after (min)</source>
        <translation>funga nyuma ya (iminota)</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>ibyanditswe</translation>
    </message>
    <message>
        <source>file</source>
        <translation>dosiye</translation>
    </message>
    <message>
        <source>what</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>idakoreshwa</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>n'intoki</translation>
    </message>
    <message>
        <source>{what}: {value}</source>
        <translation>{what}: {value}</translation>
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
        <translation>← Abantu</translation>
    </message>
    <message>
        <source>Back to People</source>
        <translation>Subira ku Bantu</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ohereza CSV…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Ohereza igitabo cy'ibikorwa nka CSV</translation>
    </message>
    <message>
        <source>Audit log check</source>
        <translation>Igenzura ry'igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Toranya ukurikije umuntu</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Toranya ukurikije igikorwa</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Itariki yo gutangira</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Itariki yo kurangiza</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>itariki iyo ari yo yose</translation>
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
        <translation>Ibyanditswe mu gitabo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <translation>Ibyanditswe byerekanwa</translation>
    </message>
    <message>
        <source>The audit log is the owner's. Switch to the owner to read it.</source>
        <translation>Igitabo cy'ibikorwa ni icya nyir'ubucuruzi. Hindura ukoresha ujye kuri nyir'ubucuruzi kugira ngo ugisome.</translation>
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
        <translation>ibyanditswe {n}</translation>
    </message>
    <message>
        <source>Checking the chain of entries…</source>
        <translation>Turagenzura urukurikirane rw'ibyanditswe…</translation>
    </message>
    <message>
        <source>✓ The chain of entries is intact: nothing was edited or deleted.</source>
        <translation>✓ Urukurikirane rw'ibyanditswe ntirwahungabanye: nta cyahinduwe cyangwa ngo gisibwe.</translation>
    </message>
    <message>
        <source>✗ The audit log was changed outside the app: entry no. {id} (or the one before it) was edited or deleted. Entries from there on cannot be trusted.</source>
        <translation>✗ Igitabo cy'ibikorwa cyahinduriwe hanze ya porogaramu: icyanditswe nomero {id} (cyangwa icyakibanjirije) cyarahinduwe cyangwa cyarasibwe. Ibyanditswe guhera aho ntibyizewe.</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>Backup password</source>
        <translation>Ijambo ry'ibanga rya kopi</translation>
    </message>
    <message>
        <source>Backups are locked with this password. Write it down and keep it apart from the computer: without it, nobody (not even Dollr) can open a backup. Backups already made keep the password they were made with.</source>
        <translation>Kopi zifungishwa iri jambo ry'ibanga. Ryandike kandi uribike kure ya mudasobwa: utarifite, nta muntu (na Dollr ubwayo) ushobora gufungura kopi. Kopi zamaze gukorwa zigumana ijambo ry'ibanga zakoranywe.</translation>
    </message>
    <message>
        <source>New backup password</source>
        <translation>Ijambo ry'ibanga rishya rya kopi</translation>
    </message>
    <message>
        <source>New backup password again</source>
        <translation>Ongera wandike ijambo ry'ibanga rishya rya kopi</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Ikibazo cy'ijambo ry'ibanga</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Ijambo ry'ibanga:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ongera wandike:</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Bika ijambo ry'ibanga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Koresha nibura inyuguti {count}.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Amagambo y'ibanga yombi aratandukanye: andika ijambo ry'ibanga rimwe inshuro ebyiri.</translation>
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
        <translation>Kopi zibika ibyo Dollr idashobora kugusubiza: igitabo cy'ubwishyu bwawe, inyandiko, abantu n'igenamiterere. Zifungishwa ijambo ry'ibanga rya kopi: ribike neza, kopi ntishobora gufungurwa utarifite.</translation>
    </message>
    <message>
        <source>About backups</source>
        <translation>Ibyerekeye kopi</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Uko kopi zihagaze</translation>
    </message>
    <message>
        <source>Back up automatically every day and when the app closes</source>
        <translation>Bika kopi mu buryo bwikora buri munsi n'igihe porogaramu ifunze</translation>
    </message>
    <message>
        <source>Number of days of backups to keep</source>
        <translation>Umubare w'iminsi kopi zibikwa</translation>
    </message>
    <message>
        <source>Backups to keep, typed</source>
        <translation>Iminsi kopi zibikwa, yanditswe</translation>
    </message>
    <message>
        <source>Only in the data folder</source>
        <translation>Mu bubiko bw'amakuru gusa</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Ububiko bwa kabiri bwa kopi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Hitamo ububiko bwa kabiri bwa kopi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Siba byose</translation>
    </message>
    <message>
        <source>Stop copying backups to the second folder</source>
        <translation>Reka gukoporora kopi mu bubiko bwa kabiri</translation>
    </message>
    <message>
        <source>Set backup password…</source>
        <translation>Shyiraho ijambo ry'ibanga rya kopi…</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Ijambo ry'ibanga rya kopi</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Bika kopi ubu</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Garura amakuru muri kopi…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Garura amakuru muri kopi</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Aho kubika kopi bigeze</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Hagarika kubika kopi</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Bika iza nyuma</translation>
    </message>
    <message>
        <source>Also copy to</source>
        <translation>Nanone koporora kuri</translation>
    </message>
    <message>
        <source> days (one backup a day)</source>
        <translation> (kopi imwe ku munsi)</translation>
    </message>
    <message>
        <source>Change backup password…</source>
        <translation>Hindura ijambo ry'ibanga rya kopi…</translation>
    </message>
    <message>
        <source>Second folder for backups (e.g. a USB stick)</source>
        <translation>Ububiko bwa kabiri bwa kopi (urugero: flash ya USB)</translation>
    </message>
</context>
<context>
    <name>BackupSummary</name>
    <message>
        <source>Made on {date} by Dollr Desktop {version}.</source>
        <translation>Yakozwe ku wa {date} na Dollr Desktop {version}.</translation>
    </message>
    <message>
        <source>Practice mode:</source>
        <translation>Uburyo bw'imyitozo:</translation>
    </message>
    <message>
        <source>Live account:</source>
        <translation>Konti nyakuri:</translation>
    </message>
    <message>
        <source>{documents} documents, {contacts} contacts, {journal} payment journal entries.</source>
        <translation>Inyandiko {documents}, abantu {contacts}, ibyanditswe {journal} mu gitabo cy'ubwishyu.</translation>
    </message>
    <message>
        <source>{count} changes waiting to be sent.</source>
        <translation>Impinduka {count} zitegereje koherezwa.</translation>
    </message>
    <message>
        <source>{count} other records.</source>
        <translation>Ibindi byanditswe {count}.</translation>
    </message>
    <message>
        <source>{count} saved receipts.</source>
        <translation>Inyemezabwishyu {count} zabitswe.</translation>
    </message>
    <message>
        <source>Your settings (never your client secret).</source>
        <translation>Igenamiterere ryawe (nta na rimwe client secret yawe).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Wrong backup password: this backup cannot be opened with it. Nothing was changed.</source>
        <translation>Ijambo ry'ibanga rya kopi si ryo: iyi kopi ntishobora gufungurwa na ryo. Nta cyahindutse.</translation>
    </message>
    <message>
        <source>This backup file is incomplete (it was cut short, perhaps while copying). Nothing was changed; use another copy.</source>
        <translation>Iyi dosiye ya kopi ntiyuzuye (yacitse, wenda mu gihe cyo kuyikoporora). Nta cyahindutse; koresha indi kopi.</translation>
    </message>
    <message>
        <source>This backup file is damaged and cannot be restored. Nothing was changed; use another copy.</source>
        <translation>Iyi dosiye ya kopi yangiritse kandi ntishobora kugarurwa. Nta cyahindutse; koresha indi kopi.</translation>
    </message>
    <message>
        <source>This is not a Dollr Desktop backup file. Nothing was changed.</source>
        <translation>Iyi si dosiye ya kopi ya Dollr Desktop. Nta cyahindutse.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Dollr Desktop. Update the app, then restore it.</source>
        <translation>Iyi kopi yakozwe na Dollr Desktop nshya kuruta iyi. Shyira porogaramu ku gihe, hanyuma uyigarure.</translation>
    </message>
    <message>
        <source>This backup was made by Dollr Desktop {version}, newer than this one. Update the app, then restore it.</source>
        <translation>Iyi kopi yakozwe na Dollr Desktop {version}, iri nshya kuruta iyi. Shyira porogaramu ku gihe, hanyuma uyigarure.</translation>
    </message>
    <message>
        <source>Choose a backup password first.</source>
        <translation>Banza uhitemo ijambo ry'ibanga rya kopi.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet.</source>
        <translation>Nta kintu kirabaho cyo gukorera kopi.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there (is the USB stick plugged in?). The backup in the data folder was made.</source>
        <translation>Ububiko bwa kopi {folder} ntibubonetse (ese flash ya USB irashyizwemo?). Kopi yo mu bubiko bw'amakuru yakozwe.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {reason}.</source>
        <translation>Kopi ntiyashoboye kwandikwa muri {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The backup file {file} could not be read: {reason}.</source>
        <translation>Dosiye ya kopi {file} ntiyashoboye gusomwa: {reason}.</translation>
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <source>Backup cancelled.</source>
        <translation>Kubika kopi byahagaritswe.</translation>
    </message>
    <message>
        <source>No backup password yet: set one to turn on backups.</source>
        <translation>Nta jambo ry'ibanga rya kopi rirashyirwaho: rishyireho kugira ngo kubika kopi bitangire.</translation>
    </message>
    <message>
        <source>No backup yet. Backups go to {folder}.</source>
        <translation>Nta kopi irakorwa. Kopi zijya muri {folder}.</translation>
    </message>
    <message>
        <source>Last backup: {date}, in {folder}.</source>
        <translation>Kopi iheruka: {date}, muri {folder}.</translation>
    </message>
    <message>
        <source>This computer has no password store: the backup password is kept until the app closes, and automatic backups stop after that until you set it again.</source>
        <translation>Iyi mudasobwa nta bubiko bw'amagambo y'ibanga ifite: ijambo ry'ibanga rya kopi ribikwa kugeza porogaramu ifunze, nyuma yaho kubika kopi mu buryo bwikora bigahagarara kugeza wongeye kurishyiraho.</translation>
    </message>
    <message>
        <source>The backup made on {date} is restored.</source>
        <translation>Kopi yakozwe ku wa {date} yagaruwe.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {file}.</source>
        <translation>Amakuru yasimbuwe abitswe muri {file}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>{banner} text</source>
        <translation>Inyandiko: {banner}</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export receipts</source>
        <translation>Ohereza inyemezabwishyu hanze</translation>
    </message>
    <message>
        <source>Receipts paid from</source>
        <translation>Inyemezabwishyu zishyuwe kuva</translation>
    </message>
    <message>
        <source>Receipts paid until</source>
        <translation>Inyemezabwishyu zishyuwe kugeza</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Urupapuro rw'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Ububiko bwa dosiye za PDF</translation>
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
        <translation>Byishyuwe kuva</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kugeza</translation>
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
        <translation>Ububiko bw'inyemezabwishyu</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Itariki yo kurangiza iri mbere y'itariki yo gutangira.</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs.</source>
        <translation>Hitamo ububiko bwa PDF.</translation>
    </message>
    <message>
        <source>Cancelled. {count} receipt PDF(s) were saved in {folder}.</source>
        <translation>Byahagaritswe. Inyemezabwishyu {count} za PDF zabitswe muri {folder}.</translation>
    </message>
    <message>
        <source>The PDFs could not be written to {folder}: {why}</source>
        <translation>PDF ntizashoboye kwandikwa muri {folder}: {why}</translation>
    </message>
    <message>
        <source>Finding the receipts…</source>
        <translation>Turashaka inyemezabwishyu…</translation>
    </message>
    <message>
        <source>No paid invoices or orders in these dates.</source>
        <translation>Nta fagitire cyangwa komande zishyuwe muri aya matariki.</translation>
    </message>
    <message>
        <source>Saved {done} of {total}…</source>
        <translation>Byabitswe {done} kuri {total}…</translation>
    </message>
    <message>
        <source>Saved {count} receipt PDF(s) in {folder}.</source>
        <translation>Inyemezabwishyu {count} za PDF zabitswe muri {folder}.</translation>
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
        <translation>Buri cyumweru</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Buri kwezi</translation>
    </message>
    <message>
        <source>Every term</source>
        <translation>Buri gihembwe</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <source>Repeating</source>
        <translation>Birasubiramo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <source>new bill, due {date}</source>
        <translation>fagitire nshya, bitarenze {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>byarengeje igihe kuva {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>bitarenze {date}</translation>
    </message>
    <message>
        <source>Paying in parts</source>
        <translation>Kwishyura mu byiciro</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Byishyuwe byose</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <source>Deposit for {number}</source>
        <translation>Avansi ya {number}</translation>
    </message>
    <message>
        <source>Instalment {n} of {count} for {number}</source>
        <translation>Icyiciro {n} muri {count} cya {number}</translation>
    </message>
    <message>
        <source>Cancel plan</source>
        <translation>Hagarika gahunda</translation>
    </message>
    <message>
        <source>Cancel the unpaid parts of this plan on Dollr? Parts already paid stay paid.</source>
        <translation>Uhagarike kuri Dollr ibyiciro bitarishyurwa by'iyi gahunda? Ibyiciro byamaze kwishyurwa biguma byishyuwe.</translation>
    </message>
    <message>
        <source>Cancel unpaid parts</source>
        <translation>Hagarika ibyiciro bitarishyurwa</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>Plan canceled. {amount} stays paid.</source>
        <translation>Gahunda yahagaritswe. Amafaranga {amount} yishyuwe agumaho.</translation>
    </message>
    <message>
        <source>{number} repeats: the first new bill is on {date}.</source>
        <translation>{number} irasubirwamo: fagitire nshya ya mbere ni ku wa {date}.</translation>
    </message>
    <message>
        <source>1 recurring bill made and published.</source>
        <translation>Fagitire 1 isubiramo yakozwe kandi iratangazwa.</translation>
    </message>
    <message>
        <source>{count} recurring bills made and published.</source>
        <translation>Fagitire {count} zisubiramo zakozwe kandi ziratangazwa.</translation>
    </message>
    <message>
        <source>Reminder for {number} opened to send.</source>
        <translation>Urwibutso rwa {number} rwafunguwe ngo rwoherezwe.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nta na rimwe</translation>
    </message>
    <message>
        <source>Recurring bills, reminders and payment plans</source>
        <translation>Fagitire zisubiramo, inzibutso na gahunda zo kwishyura</translation>
    </message>
    <message>
        <source>Recurring bills</source>
        <translation>Fagitire zisubiramo</translation>
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
        <translation>Isubiramo</translation>
    </message>
    <message>
        <source>Next bill</source>
        <translation>Fagitire ikurikira</translation>
    </message>
    <message>
        <source>Bills made</source>
        <translation>Fagitire zakozwe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Recurring bills list</source>
        <translation>Urutonde rwa fagitire zisubiramo</translation>
    </message>
    <message>
        <source>Stop repeating</source>
        <translation>Hagarika isubiramo</translation>
    </message>
    <message>
        <source>Stop the selected recurring bill</source>
        <translation>Hagarika fagitire isubiramo yatoranyijwe</translation>
    </message>
    <message>
        <source>Reminders to send today</source>
        <translation>Inzibutso zo kohereza uyu munsi</translation>
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
        <translation>Urwibutso ruheruka</translation>
    </message>
    <message>
        <source>Reminders to send list</source>
        <translation>Urutonde rw'inzibutso zo kohereza</translation>
    </message>
    <message>
        <source>Customer's language</source>
        <translation>Ururimi rw'umukiriya</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Send the reminder by WhatsApp</source>
        <translation>Ohereza urwibutso kuri WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send the reminder by SMS</source>
        <translation>Ohereza urwibutso kuri SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Imeri</translation>
    </message>
    <message>
        <source>Send the reminder by email</source>
        <translation>Ohereza urwibutso kuri imeri</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Gahunda zo kwishyura</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Ayishyuwe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Asigaye</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Itariki ikurikira</translation>
    </message>
    <message>
        <source>Parts paid</source>
        <translation>Ibyiciro byishyuwe</translation>
    </message>
    <message>
        <source>Payment plans list</source>
        <translation>Urutonde rwa gahunda zo kwishyura</translation>
    </message>
    <message>
        <source>Cancel plan…</source>
        <translation>Hagarika gahunda…</translation>
    </message>
    <message>
        <source>Cancel the selected payment plan</source>
        <translation>Hagarika gahunda yo kwishyura yatoranyijwe</translation>
    </message>
    <message>
        <source>Reminder result</source>
        <translation>Ibyavuye mu rwibutso</translation>
    </message>
</context>
<context>
    <name>CashCountBox</name>
    <message>
        <source>Cash taken outside Dollr (optional)</source>
        <translation>Amafaranga mu ntoki yakiriwe hanze ya Dollr (si ngombwa)</translation>
    </message>
    <message>
        <source>Cash currency</source>
        <translation>Ifaranga ry'amafaranga mu ntoki</translation>
    </message>
    <message>
        <source>from your till's own record</source>
        <translation>biva mu gitabo cya kasi yawe</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Amafaranga mu ntoki yari yitezwe</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Amafaranga mu ntoki yabaruwe</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Ikinyuranyo cy'amafaranga mu ntoki</translation>
    </message>
    <message>
        <source>Cash problem</source>
        <translation>Ikibazo cy'amafaranga mu ntoki</translation>
    </message>
    <message>
        <source>Cash-up note</source>
        <translation>Icyitonderwa cy'ibarura rya kasi</translation>
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
        <translation>Andika amafaranga muri {currency}, urugero 1500,00 (cyangwa ureke byombi ari ubusa).</translation>
    </message>
</context>
<context>
    <name>CashUp</name>
    <message>
        <source>{day}, shift {start}–{end}</source>
        <translation>{day}, akazi {start}–{end}</translation>
    </message>
    <message>
        <source>Not closed yet · figures at {time}</source>
        <translation>Ntibirasozwa · imibare yo ku {time}</translation>
    </message>
    <message>
        <source>version {version} was reopened: closing makes version {next}</source>
        <translation>verisiyo {version} yongeye gufungurwa: kuyisoza bizakora verisiyo {next}</translation>
    </message>
    <message>
        <source>Closed {time} · version {version}</source>
        <translation>Byasojwe {time} · verisiyo {version}</translation>
    </message>
    <message>
        <source>(replaces version {version})</source>
        <translation>(isimbura verisiyo {version})</translation>
    </message>
    <message>
        <source>reopened {time}</source>
        <translation>byongeye gufungurwa {time}</translation>
    </message>
    <message>
        <source>Cash-up</source>
        <translation>Kubarura kasi</translation>
    </message>
    <message>
        <source>Computer: {name}</source>
        <translation>Mudasobwa: {name}</translation>
    </message>
    <message>
        <source>No payments in this period.</source>
        <translation>Nta bwishyu muri iki gihe.</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Ubwishyu bwakiriwe</translation>
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
        <translation>Amafaranga ya serivisi yishyuwe n'abakiriya</translation>
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation>Amafaranga ya serivisi wishyuye</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bisigaye</translation>
    </message>
    <message>
        <source>Method and operator</source>
        <translation>Uburyo na sosiyete</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Umubare</translation>
    </message>
    <message>
        <source>Payouts made from this computer</source>
        <translation>Kwishyura abandi byakorewe kuri iyi mudasobwa</translation>
    </message>
    <message>
        <source>{count} payouts</source>
        <translation>Kwishyura abandi inshuro {count}</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Refunds given from this computer</source>
        <translation>Amafaranga yasubijwe kuri iyi mudasobwa</translation>
    </message>
    <message>
        <source>{count} refunds</source>
        <translation>Gusubiza amafaranga inshuro {count}</translation>
    </message>
    <message>
        <source>Net after refunds</source>
        <translation>Bisigaye nyuma yo gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Still waiting to be paid</source>
        <translation>Biracyategereje kwishyurwa</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Nta kintu gitegereje.</translation>
    </message>
    <message>
        <source>Cash taken outside Dollr</source>
        <translation>Amafaranga mu ntoki yakiriwe hanze ya Dollr</translation>
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
        <translation>Kuri iyi mudasobwa: ubwishyu {pending} buracyategereje, {failed} bwanze (ntibubariwe haruguru).</translation>
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
        <translation>Igihe cy'akazi gusa</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Akazi gatangira</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Akazi karangira</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vugurura</translation>
    </message>
    <message>
        <source>Refresh the cash-up</source>
        <translation>Vugurura ibarura rya kasi</translation>
    </message>
    <message>
        <source>from</source>
        <translation>kuva</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kugeza</translation>
    </message>
    <message>
        <source>Cash-up state</source>
        <translation>Uko ibarura rya kasi rimeze</translation>
    </message>
    <message>
        <source>Cash-up figures</source>
        <translation>Imibare y'ibarura rya kasi</translation>
    </message>
    <message>
        <source>Close cash-up</source>
        <translation>Soza ibarura rya kasi</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ongera ufungure</translation>
    </message>
    <message>
        <source>Reopen cash-up</source>
        <translation>Ongera ufungure ibarura rya kasi</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>Urupapuro A4</translation>
    </message>
    <message>
        <source>Till roll, 80 mm</source>
        <translation>Urupapuro rwa kasi, mm 80</translation>
    </message>
    <message>
        <source>Till roll, 58 mm</source>
        <translation>Urupapuro rwa kasi, mm 58</translation>
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
        <translation>Capa ibarura rya kasi</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bika nka PDF…</translation>
    </message>
    <message>
        <source>Save cash-up as PDF</source>
        <translation>Bika ibarura rya kasi nka PDF</translation>
    </message>
    <message>
        <source>List of closed cash-ups</source>
        <translation>Urutonde rw'amabarura ya kasi yasojwe</translation>
    </message>
    <message>
        <source>Closed cash-ups</source>
        <translation>Amabarura ya kasi yasojwe</translation>
    </message>
    <message>
        <source>{period} · version {version} · {total}</source>
        <translation>{period} · verisiyo {version} · {total}</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>byongeye gufungurwa</translation>
    </message>
    <message>
        <source>Closed {time}</source>
        <translation>Byasojwe {time}</translation>
    </message>
    <message>
        <source>Only the owner closes and reopens cash-ups.</source>
        <translation>Nyir'ubucuruzi wenyine ni we usoza kandi wongera gufungura amabarura ya kasi.</translation>
    </message>
    <message>
        <source>Not closed: correct the cash amounts first.</source>
        <translation>Ntibyasojwe: banza ukosore amafaranga mu ntoki.</translation>
    </message>
    <message>
        <source>This cash-up is already closed.</source>
        <translation>Iri barura rya kasi ryamaze gusozwa.</translation>
    </message>
    <message>
        <source>Cash-up closed: version {version}.</source>
        <translation>Ibarura rya kasi ryasojwe: verisiyo {version}.</translation>
    </message>
    <message>
        <source>Cash-up reopened: closing it again makes version {version}.</source>
        <translation>Ibarura rya kasi ryongeye gufungurwa: kurisoza nanone bizakora verisiyo {version}.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Dosiye za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} yabitswe</translation>
    </message>
    <message>
        <source>Printed to {name}</source>
        <translation>Byacapiwe kuri {name}</translation>
    </message>
    <message>
        <source>Cash-up sent to the printer.</source>
        <translation>Ibarura rya kasi ryoherejwe ku icapiro.</translation>
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
        <translation>MTN MoMo · U Rwanda</translation>
    </message>
    <message>
        <source>Airtel Money · Rwanda</source>
        <translation>Airtel Money · U Rwanda</translation>
    </message>
    <message>
        <source>Orange Money · Rwanda</source>
        <translation>Orange Money · U Rwanda</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Ikarita</translation>
    </message>
    <message>
        <source>Dollr wallet</source>
        <translation>Konti ya Dollr</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile Money</translation>
    </message>
    <message>
        <source>{operator} via {company}</source>
        <translation>{operator} binyuze kuri {company}</translation>
    </message>
    <message>
        <source>Dollr fee</source>
        <translation>Amafaranga ya serivisi ya Dollr</translation>
    </message>
    <message>
        <source>Operator fee</source>
        <translation>Amafaranga ya sosiyete y'itumanaho</translation>
    </message>
    <message>
        <source>Exchange fee</source>
        <translation>Amafaranga y'ivunjisha</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>Import items</source>
        <translation>Injiza ibicuruzwa</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Dosiye za CSV (*.csv);;Dosiye zose (*)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>Ohereza ibicuruzwa hanze</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Dosiye za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ibicuruzwa</translation>
    </message>
    <message>
        <source>What you sell at the counter: tap them on the New sale screen or scan their code.</source>
        <translation>Ibyo ucuruza kuri kaunta: bikande kuri paji y'Igurisha rishya cyangwa usome kode yabyo.</translation>
    </message>
    <message>
        <source>Search saved items</source>
        <translation>Shakisha mu bicuruzwa byabitswe</translation>
    </message>
    <message>
        <source>Search by name, code or category</source>
        <translation>Shakisha ukoresheje izina, kode cyangwa icyiciro</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Byabitswe mu bushyinguro</translation>
    </message>
    <message>
        <source>Show archived items</source>
        <translation>Erekana ibicuruzwa biri mu bushyinguro</translation>
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
        <translation>Hindura igicuruzwa cyatoranyijwe</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Bika mu bushyinguro</translation>
    </message>
    <message>
        <source>Archive or restore the selected item</source>
        <translation>Bika mu bushyinguro cyangwa ugarure igicuruzwa cyatoranyijwe</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Injiza CSV…</translation>
    </message>
    <message>
        <source>Import items from a CSV file</source>
        <translation>Injiza ibicuruzwa biva muri dosiye ya CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ohereza CSV…</translation>
    </message>
    <message>
        <source>Export items to a CSV file</source>
        <translation>Ohereza ibicuruzwa muri dosiye ya CSV</translation>
    </message>
    <message>
        <source>Saved items list</source>
        <translation>Urutonde rw'ibicuruzwa byabitswe</translation>
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
        <translation>Ibyavuye mu kwinjiza no kohereza hanze</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Imirongo yo gukosora</translation>
    </message>
    <message>
        <source>No item matches this search.</source>
        <translation>Nta gicuruzwa gihuye n'ibyo washakishije.</translation>
    </message>
    <message>
        <source>Clear the item filters</source>
        <translation>Kuraho akayunguruzo k'ibicuruzwa</translation>
    </message>
    <message>
        <source>No saved items yet. Add what you sell, or import a spreadsheet.</source>
        <translation>Nta bicuruzwa birabikwa. Ongeraho ibyo ucuruza, cyangwa winjize imbonerahamwe.</translation>
    </message>
    <message>
        <source>New item (no items yet)</source>
        <translation>Igicuruzwa gishya (nta bicuruzwa birahari)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Garura</translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation>Turinjiza ibicuruzwa…</translation>
    </message>
    <message>
        <source>{count} item(s) imported from {file}.</source>
        <translation>Ibicuruzwa {count} byinjijwe bivuye muri {file}.</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}</source>
        <translation>Umurongo {row}, {field}: {problem}</translation>
    </message>
    <message>
        <source>Exporting items…</source>
        <translation>Turohereza ibicuruzwa hanze…</translation>
    </message>
    <message>
        <source>{count} item(s) exported to {file}.</source>
        <translation>Ibicuruzwa {count} byoherejwe muri {file}.</translation>
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
        <translation>Funga (ubwishyu burimo gukorwa burakomeza gukurikiranwa)</translation>
    </message>
    <message>
        <source>A payment request for this document is already under way; it is shown here. No second request will be sent.</source>
        <translation>Ubusabe bwo kwishyura iyi nyandiko bwamaze koherezwa; buragaragara hano. Nta bundi busabe buzoherezwa.</translation>
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
        <translation>umukiriya</translation>
    </message>
    <message>
        <source>the payment</source>
        <translation>ubwishyu</translation>
    </message>
    <message>
        <source>Paid: {what} · {amount} from {who}.</source>
        <translation>Byishyuwe: {what} · {amount} byatanzwe na {who}.</translation>
    </message>
    <message>
        <source>Payment failed: {what} from {who}: {reason}.</source>
        <translation>Ubwishyu bwanze: {what} bwa {who}: {reason}.</translation>
    </message>
    <message>
        <source>{what}: Dollr has no record of the request, so no money moved. You can try again.</source>
        <translation>{what}: Dollr ntifite ubusabe bwanditse, bityo nta mafaranga yimutse. Ushobora kongera kugerageza.</translation>
    </message>
    <message>
        <source>The receipt was not printed: no printer is chosen. Choose one in Settings → Business details and receipts.</source>
        <translation>Inyemezabwishyu ntiyacapwe: nta capiro ryahiswemo. Hitamo icapiro mu Igenamiterere → Amakuru y'ubucuruzi n'inyemezabwishyu.</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Byishyuwe:</translation>
    </message>
    <message>
        <source>Paid, but the receipt could not be printed. Open it from Payments to print it again.</source>
        <translation>Byishyuwe, ariko inyemezabwishyu ntiyashoboye gucapwa. Yifungure muri Ubwishyu kugira ngo wongere uyicape.</translation>
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
        <translation>Amazina yose</translation>
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
        <translation>Ibyavuye mu kubika</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Bika umuntu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Type the contact's name.</source>
        <translation>Andika izina ry'umuntu.</translation>
    </message>
    <message>
        <source>Type a phone number.</source>
        <translation>Andika nomero ya telefone.</translation>
    </message>
    <message>
        <source>This doesn't look like an email address (name@example.com).</source>
        <translation>Ibi ntibisa na aderesi ya imeri (name@example.com).</translation>
    </message>
    <message>
        <source>Saving the contact…</source>
        <translation>Kubika umuntu…</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>← All contacts</source>
        <translation>← Abantu bose</translation>
    </message>
    <message>
        <source>Back to all contacts</source>
        <translation>Subira ku bantu bose</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Izina ry'umuntu</translation>
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
        <translation>Uko kuvugurura bihagaze</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Isano</translation>
    </message>
    <message>
        <source>Save relationship</source>
        <translation>Bika isano</translation>
    </message>
    <message>
        <source>New invoice for this contact</source>
        <translation>Fagitire nshya y'uyu muntu</translation>
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
        <translation>Igihugu:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Isano:</translation>
    </message>
    <message>
        <source>Payments and payouts</source>
        <translation>Ubwishyu bwakiriwe n'ubwatanzwe</translation>
    </message>
    <message>
        <source>Payments and payouts with this contact</source>
        <translation>Ubwishyu bwakiriwe n'ubwatanzwe kuri uyu muntu</translation>
    </message>
    <message>
        <source>Saved on this computer; not yet sent to Dollr.</source>
        <translation>Byabitswe kuri iyi mudasobwa; ntibiroherezwa kuri Dollr.</translation>
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation>Fagitire na komande</translation>
    </message>
    <message>
        <source>Payments and payouts ({count})</source>
        <translation>Ubwishyu bwakiriwe n'ubwatanzwe ({count})</translation>
    </message>
    <message>
        <source>Payments and payouts: none yet</source>
        <translation>Ubwishyu bwakiriwe n'ubwatanzwe: nta burabaho</translation>
    </message>
    <message>
        <source>Relationship saved: {relationship}.</source>
        <translation>Isano yabitswe: {relationship}.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>{name} (not yet sent)</source>
        <translation>{name} (ntaroherezwa)</translation>
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
        <translation>Shakisha izina, telefone cyangwa imeri  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Shakisha abantu</translation>
    </message>
    <message>
        <source>Filter by relationship</source>
        <translation>Toranya ukurikije isano</translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation>Amasano yose</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Umuntu mushya</translation>
    </message>
    <message>
        <source>Number of contacts shown</source>
        <translation>Umubare w'abantu berekanwa</translation>
    </message>
    <message>
        <source>Contacts list</source>
        <translation>Urutonde rw'abantu</translation>
    </message>
    <message>
        <source>No contact matches this search.</source>
        <translation>Nta muntu uhuye n'ibyo washakishije.</translation>
    </message>
    <message>
        <source>Clear the contact filters</source>
        <translation>Kuraho akayunguruzo k'abantu</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>umuntu {count}</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>abantu {count}</translation>
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
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Gineya</translation>
    </message>
    <message>
        <source>Côte d'Ivoire</source>
        <translation>Côte d'Ivoire</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nijeriya</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzaniya</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Uburundi</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>RD Congo</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Leta Zunze Ubumwe za Amerika</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something unexpected went wrong in Dollr Desktop. Your saved data is safe; no payment was repeated. Please copy the details and send them to support.</source>
        <translation>Habaye ikibazo kitari kitezwe muri Dollr Desktop. Amakuru yawe yabitswe ntacyo yabaye; nta bwishyu bwasubiwemo. Koporora ibisobanuro ubyoherereze abatanga ubufasha (support).</translation>
    </message>
    <message>
        <source>Dollr Desktop ran into a problem</source>
        <translation>Dollr Desktop yagize ikibazo</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Mugaragaza y'umukiriya</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Murakaza neza</translation>
    </message>
    <message>
        <source>Your items</source>
        <translation>Ibyo mwaguze</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Igiteranyo cyo kwishyura</translation>
    </message>
    <message>
        <source>Scan to pay with your phone, or approve the request on your phone.</source>
        <translation>Soma kode wishyure ukoresheje telefone yawe, cyangwa wemeze ubusabe kuri telefone yawe.</translation>
    </message>
    <message>
        <source>Paid, thank you!</source>
        <translation>Byishyuwe, murakoze!</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Igiteranyo {amount}</translation>
    </message>
    <message>
        <source>To pay {amount}</source>
        <translation>Ugomba kwishyura {amount}</translation>
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
        <translation>Andika izina cyangwa nomero ya telefone</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Umukiriya mushya…</translation>
    </message>
    <message>
        <source>Create a new customer</source>
        <translation>Andika umukiriya mushya</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Go back</source>
        <translation>Subira inyuma</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Invoice {number}</source>
        <translation>Fagitire {number}</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Komande {number}</translation>
    </message>
    <message>
        <source>Invoice (not yet sent)</source>
        <translation>Fagitire (itaroherezwa)</translation>
    </message>
    <message>
        <source>Order (not yet sent)</source>
        <translation>Komande (itaroherezwa)</translation>
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
        <translation>Hari ubwishyu burimo gukorwa; ntibishoboka kubuhagarika ubu.</translation>
    </message>
    <message>
        <source>The customer pays the fees on top of the total.</source>
        <translation>Umukiriya yishyura amafaranga ya serivisi hejuru y'igiteranyo.</translation>
    </message>
    <message>
        <source>You pay the fees: they come out of what you receive.</source>
        <translation>Ni wowe wishyura amafaranga ya serivisi: akurwa ku byo wakira.</translation>
    </message>
    <message>
        <source>Total: </source>
        <translation>Igiteranyo: </translation>
    </message>
    <message>
        <source>Subtotal {amount}</source>
        <translation>Igiteranyo gito {amount}</translation>
    </message>
    <message>
        <source>Discount −{amount}</source>
        <translation>Igabanywa −{amount}</translation>
    </message>
    <message>
        <source>Net {amount}</source>
        <translation>Mbere y'umusoro {amount}</translation>
    </message>
    <message>
        <source>EBM receipt reference kept for this document's receipt.</source>
        <translation>Indango y'inyemezabwishyu ya EBM yabikiwe inyemezabwishyu y'iyi nyandiko.</translation>
    </message>
    <message>
        <source>Choose a customer from the list, or create a new one.</source>
        <translation>Hitamo umukiriya ku rutonde, cyangwa wandike mushya.</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Igicuruzwa kigomba kugira izina.</translation>
    </message>
    <message>
        <source>Type the unit price: a line priced 0 cannot be published.</source>
        <translation>Andika igiciro kimwe: umurongo ufite igiciro 0 ntushobora gutangazwa.</translation>
    </message>
    <message>
        <source>The total is more than Dollr accepts: {limit}</source>
        <translation>Igiteranyo kirenze ibyo Dollr yemera: {limit}</translation>
    </message>
    <message>
        <source>Fix the marked values first: they were not taken.</source>
        <translation>Banza ukosore ibyagaragajwe: ntibyakiriwe.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kubika…</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent when Dollr is reachable.</source>
        <translation>Byabitswe kuri iyi mudasobwa; bizoherezwa igihe Dollr izaba iboneka.</translation>
    </message>
    <message>
        <source>Add at least one item before publishing.</source>
        <translation>Ongeraho nibura igicuruzwa kimwe mbere yo gutangaza.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Biratangazwa…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Turahagarika…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Byahagaritswe.</translation>
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
        <translation>Impamvu iyi nyandiko idashobora guhindurwa</translation>
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
        <translation>Ni iby'iki? Umukiriya arabibona.</translation>
    </message>
    <message>
        <source>Who pays the fees</source>
        <translation>Uwishyura amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>The customer pays the fees</source>
        <translation>Umukiriya yishyura amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>I pay the fees</source>
        <translation>Ni jye wishyura amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Fee explanation</source>
        <translation>Ibisobanuro by'amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Bitarenze</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Ifite itariki ntarengwa</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Itariki ntarengwa</translation>
    </message>
    <message>
        <source>Let the customer pay online with a payment link</source>
        <translation>Emerera umukiriya kwishyura kuri interineti akoresheje ihuza ryo kwishyura</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Ihuza ryo kwishyura</translation>
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
        <translation>Amafaranga ya serivisi:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Itariki ntarengwa:</translation>
    </message>
    <message>
        <source>EBM receipt reference</source>
        <translation>Indango y'inyemezabwishyu ya EBM</translation>
    </message>
    <message>
        <source>From the EBM receipt; printed on this document's receipt</source>
        <translation>Iva ku nyemezabwishyu ya EBM; icapwa ku nyemezabwishyu y'iyi nyandiko</translation>
    </message>
    <message>
        <source>EBM receipt:</source>
        <translation>Inyemezabwishyu ya EBM:</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Imirongo y'ibicuruzwa</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ongeraho igicuruzwa</translation>
    </message>
    <message>
        <source>Add a line item</source>
        <translation>Ongeraho umurongo w'igicuruzwa</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Kuraho igicuruzwa</translation>
    </message>
    <message>
        <source>Remove the selected line item</source>
        <translation>Kuraho umurongo wahiswemo</translation>
    </message>
    <message>
        <source>Line items error</source>
        <translation>Ikosa mu mirongo y'ibicuruzwa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>Discount on the whole document</source>
        <translation>Igabanywa ku nyandiko yose</translation>
    </message>
    <message>
        <source>10% or amount</source>
        <translation>10% cyangwa amafaranga</translation>
    </message>
    <message>
        <source>Tax of the document</source>
        <translation>Umusoro w'inyandiko</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Harimo umusoro</translation>
    </message>
    <message>
        <source>Discount error</source>
        <translation>Ikosa ku igabanywa</translation>
    </message>
    <message>
        <source>Taxes and discounts</source>
        <translation>Imisoro n'igabanywa</translation>
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
        <translation>Tangaza</translation>
    </message>
    <message>
        <source>Cancel this document</source>
        <translation>Hagarika iyi nyandiko</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Funga idirishya ryo kwandika</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Igisubizo</translation>
    </message>
    <message>
        <source>Collect payment…</source>
        <translation>Kwakira ubwishyu…</translation>
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
        <translation>Subiramo…</translation>
    </message>
    <message>
        <source>Repeat this document</source>
        <translation>Subiramo iyi nyandiko</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Subiza amafaranga…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>Subiza amafaranga y'ubu bwishyu</translation>
    </message>
    <message>
        <source>Pay in parts…</source>
        <translation>Kwishyura mu byiciro…</translation>
    </message>
    <message>
        <source>Pay this document in parts</source>
        <translation>Kwishyura iyi nyandiko mu byiciro</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>Don't ask again (Settings can turn it back on)</source>
        <translation>Ntukongere kubaza (Igenamiterere rishobora kubisubizaho)</translation>
    </message>
    <message>
        <source>Don't ask again</source>
        <translation>Ntukongere kubaza</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>Urabika ibyo wahinduye?</translation>
    </message>
    <message>
        <source>This document has changes that are not saved.</source>
        <translation>Iyi nyandiko ifite impinduka zitabitswe.</translation>
    </message>
    <message>
        <source>Save the draft and close</source>
        <translation>Bika umushinga hanyuma ufunge</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Siba impinduka</translation>
    </message>
    <message>
        <source>Discard the changes and close</source>
        <translation>Siba impinduka hanyuma ufunge</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Komeza guhindura</translation>
    </message>
    <message>
        <source>Tax of this line</source>
        <translation>Umusoro w'uyu murongo</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Izina ry'igicuruzwa</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Umubare</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Igiciro kimwe</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Igabanywa ku murongo</translation>
    </message>
    <message>
        <source>Saved items</source>
        <translation>Ibicuruzwa byabitswe</translation>
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
        <translation>Ntiyoherejwe: Dollr yayanze</translation>
    </message>
</context>
<context>
    <name>DocumentWording</name>
    <message>
        <source>This document is not on this computer yet; sync and try again.</source>
        <translation>Iyi nyandiko ntiragera kuri iyi mudasobwa; vugurura hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>Banza uhitemo umukiriya.</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>Published: this invoice is locked. Its customer, items and amounts can no longer change. The customer can pay it now.</source>
        <translation>Yatangajwe: iyi fagitire irafunze. Umukiriya wayo, ibicuruzwa n'amafaranga ntibishobora guhinduka ukundi. Umukiriya ashobora kuyishyura ubu.</translation>
    </message>
    <message>
        <source>Published: this order is locked. Its customer, items and amounts can no longer change. The customer can pay it now.</source>
        <translation>Yatangajwe: iyi komande irafunze. Umukiriya wayo, ibicuruzwa n'amafaranga ntibishobora guhinduka ukundi. Umukiriya ashobora kuyishyura ubu.</translation>
    </message>
    <message>
        <source>A payment is being processed for this invoice. It cannot be changed or canceled.</source>
        <translation>Hari ubwishyu burimo gukorwa kuri iyi fagitire. Ntishobora guhindurwa cyangwa guhagarikwa.</translation>
    </message>
    <message>
        <source>A payment is being processed for this order. It cannot be changed or canceled.</source>
        <translation>Hari ubwishyu burimo gukorwa kuri iyi komande. Ntishobora guhindurwa cyangwa guhagarikwa.</translation>
    </message>
    <message>
        <source>Paid. This invoice is closed.</source>
        <translation>Yishyuwe. Iyi fagitire irarangiye.</translation>
    </message>
    <message>
        <source>Paid. This order is closed.</source>
        <translation>Yishyuwe. Iyi komande irarangiye.</translation>
    </message>
    <message>
        <source>Canceled. The customer can no longer pay this invoice.</source>
        <translation>Yahagaritswe. Umukiriya ntashobora kwishyura iyi fagitire ukundi.</translation>
    </message>
    <message>
        <source>Canceled. The customer can no longer pay this order.</source>
        <translation>Yahagaritswe. Umukiriya ntashobora kwishyura iyi komande ukundi.</translation>
    </message>
    <message>
        <source>Saved on this computer; not yet sent. It will be sent to Dollr automatically when the connection is back.</source>
        <translation>Byabitswe kuri iyi mudasobwa; ntibiroherezwa. Bizoherezwa kuri Dollr ubwabyo interineti nigaruka.</translation>
    </message>
    <message>
        <source>Invoice editor</source>
        <translation>Gutegura fagitire</translation>
    </message>
    <message>
        <source>Order editor</source>
        <translation>Gutegura komande</translation>
    </message>
    <message>
        <source>Cancel invoice…</source>
        <translation>Hagarika fagitire…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Hagarika komande…</translation>
    </message>
    <message>
        <source>Publish this invoice?</source>
        <translation>Urashaka gutangaza iyi fagitire?</translation>
    </message>
    <message>
        <source>Once published, the invoice is locked: its customer, items and amounts can no longer change. The customer can then pay it. You can still cancel it while it is unpaid.</source>
        <translation>Fagitire imaze gutangazwa irafungwa: umukiriya wayo, ibicuruzwa n'amafaranga ntibishobora guhinduka ukundi. Umukiriya ashobora noneho kuyishyura. Ushobora kuyihagarika igihe cyose itarishyurwa.</translation>
    </message>
    <message>
        <source>Publish this order?</source>
        <translation>Urashaka gutangaza iyi komande?</translation>
    </message>
    <message>
        <source>Once published, the order is locked: its customer, items and amounts can no longer change. The customer can then pay it. You can still cancel it while it is unpaid.</source>
        <translation>Komande imaze gutangazwa irafungwa: umukiriya wayo, ibicuruzwa n'amafaranga ntibishobora guhinduka ukundi. Umukiriya ashobora noneho kuyishyura. Ushobora kuyihagarika igihe cyose itarishyurwa.</translation>
    </message>
    <message>
        <source>Published. The invoice is locked and ready to be paid.</source>
        <translation>Yatangajwe. Fagitire irafunze kandi yiteguye kwishyurwa.</translation>
    </message>
    <message>
        <source>Published. The order is locked and ready to be paid.</source>
        <translation>Yatangajwe. Komande irafunze kandi yiteguye kwishyurwa.</translation>
    </message>
    <message>
        <source>The customer will no longer be able to pay {number}. This cannot be undone.</source>
        <translation>Umukiriya ntazashobora kwishyura {number} ukundi. Ibi ntibishobora gusubirwaho.</translation>
    </message>
    <message>
        <source>The customer will no longer be able to pay it. This cannot be undone.</source>
        <translation>Umukiriya ntazashobora kuyishyura ukundi. Ibi ntibishobora gusubirwaho.</translation>
    </message>
    <message>
        <source>Cancel this invoice?</source>
        <translation>Urahagarika iyi fagitire?</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Hagarika fagitire</translation>
    </message>
    <message>
        <source>Keep the invoice</source>
        <translation>Gumana fagitire</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>Urahagarika iyi komande?</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Hagarika komande</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Gumana komande</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>(draft)</source>
        <translation>(umushinga)</translation>
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
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Komande nshya</translation>
    </message>
    <message>
        <source>Search number, customer, note or item  (Ctrl+F)</source>
        <translation>Shakisha nomero, umukiriya, icyitonderwa cyangwa igicuruzwa  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search invoices and orders</source>
        <translation>Shakisha fagitire na komande</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Hitamo ubwoko</translation>
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation>Fagitire na komande</translation>
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
        <translation>Hitamo uko bihagaze</translation>
    </message>
    <message>
        <source>Filter by currency</source>
        <translation>Hitamo ifaranga</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Amafaranga yose</translation>
    </message>
    <message>
        <source>Totals of the documents shown</source>
        <translation>Ibiteranyo by'inyandiko zigaragara</translation>
    </message>
    <message>
        <source>Invoices and orders list</source>
        <translation>Urutonde rwa fagitire na komande</translation>
    </message>
    <message>
        <source>Collect payment…</source>
        <translation>Kwakira ubwishyu…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Inyemezabwishyu</translation>
    </message>
    <message>
        <source>Collect payment for the selected document</source>
        <translation>Akira ubwishyu bw'inyandiko wahisemo</translation>
    </message>
    <message>
        <source>Receipt of the selected document</source>
        <translation>Inyemezabwishyu y'inyandiko wahisemo</translation>
    </message>
    <message>
        <source>No invoice or order matches this search and these filters.</source>
        <translation>Nta fagitire cyangwa komande bihuye n'ibyo washakishije n'ibyo wahisemo.</translation>
    </message>
    <message>
        <source>Clear the document filters</source>
        <translation>Kuraho amahitamo y'inyandiko</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>Bigaragara: {count}</translation>
    </message>
</context>
<context>
    <name>DollrApp</name>
    <message>
        <source>Still connecting to Dollr… try again in a moment.</source>
        <translation>Turacyahuza na Dollr… ongera ugerageze mu kanya.</translation>
    </message>
    <message>
        <source>Please enter your client secret again to connect to Dollr.</source>
        <translation>Ongera wandike client secret yawe kugira ngo uhuze na Dollr.</translation>
    </message>
    <message>
        <source>It was not found in this computer's password store.</source>
        <translation>Ntiyabonetse mu bubiko bw'amagambo y'ibanga bw'iyi mudasobwa.</translation>
    </message>
    <message>
        <source>Starting practice mode…</source>
        <translation>Turatangiza uburyo bw'imyitozo…</translation>
    </message>
    <message>
        <source>Offline — showing saved data.</source>
        <translation>Nta interineti — turerekana amakuru yabitswe.</translation>
    </message>
    <message>
        <source>Enter the client secret again under “Connect my Dollr account”.</source>
        <translation>Ongera wandike client secret muri “Huza konti yanjye ya Dollr”.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error message</source>
        <translation>Ubutumwa bw'ikosa</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Ibisobanuro by'ikosa</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Erekana ibisobanuro</translation>
    </message>
    <message>
        <source>Show or hide error details</source>
        <translation>Erekana cyangwa uhishe ibisobanuro by'ikosa</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Koporora</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Koporora ibisobanuro by'ikosa</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hisha ibisobanuro</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Time</source>
        <translation>Isaha</translation>
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
        <translation>Umukiriya cyangwa uwishyurwa</translation>
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
        <translation>Ifaranga ryakiriwe</translation>
    </message>
    <message>
        <source>Dollr fee</source>
        <translation>Amafaranga ya serivisi ya Dollr</translation>
    </message>
    <message>
        <source>Operator fee</source>
        <translation>Amafaranga ya sosiyete y'itumanaho</translation>
    </message>
    <message>
        <source>Exchange fee</source>
        <translation>Amafaranga y'ivunjisha</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Ifaranga ry'ikiguzi</translation>
    </message>
    <message>
        <source>Fees paid by</source>
        <translation>Uwishyuye ikiguzi</translation>
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
        <translation>Indango ya sosiyete y'itumanaho</translation>
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
        <translation>Igihe cy'akazi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verisiyo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Uko bimeze</translation>
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
        <translation>Amafaranga ya serivisi yishyuwe n'abakiriya</translation>
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation>Amafaranga ya serivisi wishyuye</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bisigaye</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Byishyuwe abandi</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Amafaranga mu ntoki yari yitezwe</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Amafaranga mu ntoki yabaruwe</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Ikinyuranyo cy'amafaranga mu ntoki</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Ubwishyu bwakiriwe</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Ubwishyu busohoka</translation>
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
        <translation>Gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Umushinga</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Bitegereje kwishyurwa</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <translation>Ubwishyu burimo gukorwa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Byahagaritswe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Wowe</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Byongeye gufungurwa</translation>
    </message>
    <message>
        <source>Invoices and orders</source>
        <translation>Fagitire na komande</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Kwishyura abandi</translation>
    </message>
    <message>
        <source>Cash-ups</source>
        <translation>Amabarura ya kasi</translation>
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
        <translation>Icyo wohereza hanze</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Dosiye ya Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>Dosiye ya CSV (.csv)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Ubwoko bwa dosiye</translation>
    </message>
    <message>
        <source>Export from</source>
        <translation>Kohereza hanze uhereye</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Kohereza hanze kugeza</translation>
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
        <translation>Aho kohereza hanze bigeze</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ibyavuye mu kohereza hanze</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ohereza hanze…</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Hitamo dosiye hanyuma wohereze hanze</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Hagarika kohereza hanze</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the export</source>
        <translation>Funga idirishya ryo kohereza hanze</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Dosiye za Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Dosiye za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Birimo koherezwa hanze…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Kohereza hanze byahagaritswe: nta dosiye yanditswe.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Dosiye ntiyashoboye kwandikwa: {reason}</translation>
    </message>
    <message>
        <source>{count} rows exported to {name}</source>
        <translation>Imirongo {count} yoherejwe muri {name}</translation>
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
        <translation>Kureba ikiguzi mbere</translation>
    </message>
    <message>
        <source>Payment method for the fee preview</source>
        <translation>Uburyo bwo kwishyura bwo kureba ikiguzi</translation>
    </message>
    <message>
        <source>Customer's currency for the fee preview</source>
        <translation>Ifaranga ry'umukiriya ryo kureba ikiguzi</translation>
    </message>
    <message>
        <source>Show fees</source>
        <translation>Reba ikiguzi</translation>
    </message>
    <message>
        <source>Show the fees for this method</source>
        <translation>Reba amafaranga ya serivisi y'ubu buryo</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Umukiriya yishyura</translation>
    </message>
    <message>
        <source>You receive</source>
        <translation>Wakira</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Byishyurwa na:</translation>
    </message>
    <message>
        <source>Customer pays:</source>
        <translation>Umukiriya yishyura:</translation>
    </message>
    <message>
        <source>You receive:</source>
        <translation>Wakira:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Amafaranga ya serivisi:</translation>
    </message>
    <message>
        <source>No fees</source>
        <translation>Nta mafaranga ya serivisi</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>{field} error</source>
        <translation>Ikosa kuri {field}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Dollr Desktop</source>
        <translation>Murakaza neza kuri Dollr Desktop</translation>
    </message>
    <message>
        <source>Welcome! How would you like to start?</source>
        <translation>Murakaza neza! Wifuza gutangira ute?</translation>
    </message>
    <message>
        <source>Practice with demo data</source>
        <translation>Imyitozo n'amakuru y'igerageza</translation>
    </message>
    <message>
        <source>Try invoices, payments and payouts with demo money. Nothing real moves, and you can connect your account later from Settings.</source>
        <translation>Gerageza fagitire, ubwishyu no kwishyura abandi ukoresheje amafaranga y'igerageza. Nta mafaranga nyayo yimuka, kandi ushobora guhuza konti yawe nyuma muri Igenamiterere.</translation>
    </message>
    <message>
        <source>Connect my Dollr account</source>
        <translation>Huza konti yanjye ya Dollr</translation>
    </message>
    <message>
        <source>Use your API keys from the Dollr merchant portal to take real payments.</source>
        <translation>Koresha imfunguzo za API zo ku rubuga rw'abacuruzi rwa Dollr kugira ngo wakire ubwishyu nyabwo.</translation>
    </message>
    <message>
        <source>I have a backup</source>
        <translation>Mfite kopi</translation>
    </message>
    <message>
        <source>Bring back your journal, documents, contacts and settings from a Dollr Desktop backup file (for example on a USB stick).</source>
        <translation>Garura amateka y'ubwishyu, inyandiko, abantu n'igenamiterere byawe uhereye kuri dosiye ya kopi ya Dollr Desktop (urugero iri kuri USB).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>Back to the choice</source>
        <translation>Subira ku mahitamo</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Huza</translation>
    </message>
    <message>
        <source>Connect and check the keys</source>
        <translation>Huza kandi ugenzure imfunguzo</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Ibyavuye mu igenzura ry'ihuza</translation>
    </message>
    <message>
        <source>Checking your keys with Dollr…</source>
        <translation>Turagenzura imfunguzo zawe kuri Dollr…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Byahujwe.</translation>
    </message>
    <message>
        <source>Not connected yet: see the messages above.</source>
        <translation>Ntibirahuzwa: reba ubutumwa buri hejuru.</translation>
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
        <translation>ikiguzi wishyuye {fees}</translation>
    </message>
    <message>
        <source>fees customers bore {fees}</source>
        <translation>ikiguzi cyishyuwe n'abakiriya {fees}</translation>
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
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>(kuva ku wa {date})</translation>
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
        <translation>Inzibutso zo kohereza uyu munsi</translation>
    </message>
    <message>
        <source>See reminders</source>
        <translation>Reba ibyibutsa</translation>
    </message>
    <message>
        <source>See reminders to send</source>
        <translation>Reba ibyibutsa byo kohereza</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Uyu munsi</translation>
    </message>
    <message>
        <source>Collections appear here once payments are set up.</source>
        <translation>Ibyakiriwe bizagaragara hano ubwishyu nibumara gutunganywa.</translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Amafaranga asigaye (ikigereranyo)</translation>
    </message>
    <message>
        <source>An estimate from the payments this app knows. &lt;a href="{url}"&gt;Exact balance in the Dollr portal&lt;/a&gt;</source>
        <translation>Ikigereranyo gishingiye ku bwishyu iyi porogaramu izi. &lt;a href="{url}"&gt;Amafaranga asigaye nyayo ku rubuga rwa Dollr&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About the estimated balance</source>
        <translation>Ibyerekeye ikigereranyo cy'amafaranga asigaye</translation>
    </message>
    <message>
        <source>Opening balance…</source>
        <translation>Amafaranga yo gutangiriraho…</translation>
    </message>
    <message>
        <source>Set an opening balance</source>
        <translation>Shyiraho amafaranga yo gutangiriraho</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Ibyinjiye</translation>
    </message>
    <message>
        <source>Takings chart</source>
        <translation>Igishushanyo cy'ibyinjiye</translation>
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
        <translation>Igihe cy'igishushanyo</translation>
    </message>
    <message>
        <source>Chart currency</source>
        <translation>Ifaranga ry'igishushanyo</translation>
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
        <translation>Reba fagitire zarengeje igihe</translation>
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
        <translation>Hindura igicuruzwa</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Igicuruzwa gishya</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Izina ry'igicuruzwa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Icyiciro</translation>
    </message>
    <message>
        <source>Code (SKU or barcode)</source>
        <translation>Kode (SKU cyangwa barcode)</translation>
    </message>
    <message>
        <source>optional; scan it here</source>
        <translation>si ngombwa; soma kode hano</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Biri mu bubiko</translation>
    </message>
    <message>
        <source>optional; sales count it down</source>
        <translation>si ngombwa; igurisha rirabigabanya</translation>
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
        <translation>Igiciro muri {currency}</translation>
    </message>
    <message>
        <source>no price in {currency}</source>
        <translation>nta giciro muri {currency}</translation>
    </message>
    <message>
        <source>Price ({currency}):</source>
        <translation>Igiciro ({currency}):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bika</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Bika igicuruzwa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Type a whole number, 0 or more, or leave it empty.</source>
        <translation>Andika umubare wuzuye, 0 cyangwa urenzeho, cyangwa usige ubusa.</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Igicuruzwa kigomba kugira izina.</translation>
    </message>
    <message>
        <source>Give the item a price in at least one currency.</source>
        <translation>Ha igicuruzwa igiciro nibura mu ifaranga rimwe.</translation>
    </message>
</context>
<context>
    <name>ItemTiles</name>
    <message>
        <source>Saved items</source>
        <translation>Ibicuruzwa byabitswe</translation>
    </message>
    <message>
        <source>No saved items</source>
        <translation>Nta bicuruzwa byabitswe</translation>
    </message>
    <message>
        <source>{count} in stock</source>
        <translation>{count} mu bubiko</translation>
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
        <source>Text size</source>
        <translation>Ingano y'inyandiko</translation>
    </message>
    <message>
        <source>Normal (100 %)</source>
        <translation>Isanzwe (100 %)</translation>
    </message>
    <message>
        <source>Large (125 %)</source>
        <translation>Nini (125 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Nini cyane (150 %)</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Icyitonderwa ku rurimi</translation>
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
        <source>Restart Dollr Desktop to see every screen at this size.</source>
        <translation>Ongera utangize Dollr Desktop kugira ngo ubone mugaragaza zose kuri iyi ngano.</translation>
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
        <translation>Igabanywa mu ijanisha rigomba kuba hejuru ya 0 kandi munsi ya 100, urugero 10%.</translation>
    </message>
    <message>
        <source>Dollr accepts at most {amount} in one amount.</source>
        <translation>Dollr yemera amafaranga atarenze {amount} icyarimwe.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Umurongo {line}: {message}</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Igicuruzwa kigomba kugira izina.</translation>
    </message>
    <message>
        <source>Quantity is a whole number, 1 or more.</source>
        <translation>Umubare ugomba kuba wuzuye, 1 cyangwa urenzeho.</translation>
    </message>
    <message>
        <source>Quantity is at most 100,000.</source>
        <translation>Umubare ntushobora kurenga 100.000.</translation>
    </message>
    <message>
        <source>Type the unit price.</source>
        <translation>Andika igiciro kimwe.</translation>
    </message>
    <message>
        <source>The discount is as large as the line: make it smaller.</source>
        <translation>Igabanywa ringana n'umurongo wose: rigabanye.</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>Payment link</source>
        <translation>Ihuza ryo kwishyura</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Koporora ihuza</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Fungura muri mushakisha</translation>
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
        <translation>Imeri</translation>
    </message>
    <message>
        <source>Copy the payment link</source>
        <translation>Koporora ihuza ryo kwishyura</translation>
    </message>
    <message>
        <source>Open the payment page in the browser</source>
        <translation>Fungura urupapuro rwo kwishyura muri mushakisha</translation>
    </message>
    <message>
        <source>Share the link by WhatsApp</source>
        <translation>Ohereza ihuza kuri WhatsApp</translation>
    </message>
    <message>
        <source>Share the link by SMS</source>
        <translation>Ohereza ihuza kuri SMS</translation>
    </message>
    <message>
        <source>Share the link by email</source>
        <translation>Ohereza ihuza kuri imeri</translation>
    </message>
    <message>
        <source>Preparing the payment link…</source>
        <translation>Turategura ihuza ryo kwishyura…</translation>
    </message>
    <message>
        <source>Payment link status</source>
        <translation>Uko ihuza ryo kwishyura rihagaze</translation>
    </message>
    <message>
        <source>The customer scans the code with their phone's camera and pays by mobile money or card on Dollr's page.</source>
        <translation>Umukiriya asoma kode akoresheje kamera ya telefone ye, akishyura kuri Mobile Money cyangwa ikarita ku rupapuro rwa Dollr.</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Sangiza:</translation>
    </message>
    <message>
        <source>{number} was not made as a payment link, so Dollr has no payment page for it. Use mobile money push instead.</source>
        <translation>{number} ntiyakozwe nk'ihuza ryo kwishyura, bityo Dollr nta rupapuro rwo kwishyura ifite kuri yo. Ahubwo koresha gusaba kwishyura kuri Mobile Money.</translation>
    </message>
    <message>
        <source>Getting the payment link…</source>
        <translation>Gushaka ihuza ryo kwishyura…</translation>
    </message>
    <message>
        <source>The payment link could not be fetched. Check the connection and try again.</source>
        <translation>Ihuza ryo kwishyura ntiryabonetse. Genzura interineti hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay {amount} on the page…</source>
        <translation>Dutegereje ko umukiriya yishyura {amount} ku rupapuro…</translation>
    </message>
    <message>
        <source>Payment for {number}</source>
        <translation>Kwishyura {number}</translation>
    </message>
    <message>
        <source>Link copied. Paste it into any message to the customer.</source>
        <translation>Ihuza ryakoporowe. Ryomeke mu butumwa ubwo ari bwo bwose woherereza umukiriya.</translation>
    </message>
    <message>
        <source>The old link expired; this is a new one.</source>
        <translation>Ihuza rya mbere ryarangiye; iri ni rishya.</translation>
    </message>
    <message>
        <source>Paid. {number} is settled.</source>
        <translation>Byishyuwe. {number} yishyuwe yose.</translation>
    </message>
    <message>
        <source>The receipt is ready.</source>
        <translation>Inyemezabwishyu yiteguye.</translation>
    </message>
    <message>
        <source>The customer is paying now…</source>
        <translation>Umukiriya arimo kwishyura…</translation>
    </message>
    <message>
        <source>{number} was canceled; it can no longer be paid.</source>
        <translation>{number} yahagaritswe; ntishobora kwishyurwa ukundi.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Byafunzwe</translation>
    </message>
    <message>
        <source>This computer was left alone for a while. Type your PIN to go on.</source>
        <translation>Iyi mudasobwa yamaze akanya nta muntu uyikoresha. Andika PIN yawe ukomeze.</translation>
    </message>
    <message>
        <source>Why it is locked</source>
        <translation>Impamvu yafunzwe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Fungura</translation>
    </message>
    <message>
        <source>Locked by hand. Type your PIN to go on.</source>
        <translation>Yafunzwe ku bushake. Andika PIN yawe ukomeze.</translation>
    </message>
    <message>
        <source>Who is at the computer? Choose your name and type your PIN.</source>
        <translation>Ni nde uri kuri mudasobwa? Hitamo izina ryawe hanyuma wandike PIN yawe.</translation>
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
        <translation>Umuntu</translation>
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
        <translation>Imyitozo cyangwa nyakuri</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Uko ihuza rihagaze</translation>
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
        <translation>Zana ibishya kuri Dollr ubu (F5)</translation>
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
        <translation>Fagitire zisubiramo</translation>
    </message>
</context>
<context>
    <name>MomoPanel</name>
    <message>
        <source>Customer's mobile-money number</source>
        <translation>Nomero ya Mobile Money y'umukiriya</translation>
    </message>
    <message>
        <source>Mobile-money operator</source>
        <translation>Sosiyete ya Mobile Money</translation>
    </message>
    <message>
        <source>Operator detection</source>
        <translation>Kumenya sosiyete y'itumanaho</translation>
    </message>
    <message>
        <source>Customer's currency</source>
        <translation>Ifaranga ry'umukiriya</translation>
    </message>
    <message>
        <source>What the customer pays and you receive</source>
        <translation>Ibyo umukiriya yishyura n'ibyo wakira</translation>
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
        <translation>Emeza hanyuma wohereze ubusabe bwo kwishyura kuri telefone y'umukiriya</translation>
    </message>
    <message>
        <source>Payment notice</source>
        <translation>Ubutumwa ku bwishyu</translation>
    </message>
    <message>
        <source>Open the payment page instead</source>
        <translation>Fungura urupapuro rwo kwishyura</translation>
    </message>
    <message>
        <source>Open the hosted payment page</source>
        <translation>Fungura urupapuro rwo kwishyura rwa Dollr</translation>
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
        <translation>Turamenya duhereye kuri nomero…</translation>
    </message>
    <message>
        <source>Type the customer's mobile-money number.</source>
        <translation>Andika nomero ya Mobile Money y'umukiriya.</translation>
    </message>
    <message>
        <source>Asking Dollr which operator this number is on…</source>
        <translation>Turabaza Dollr sosiyete y'itumanaho iyi nomero ibarizwamo…</translation>
    </message>
    <message>
        <source>Checking the number…</source>
        <translation>Kugenzura nomero…</translation>
    </message>
    <message>
        <source>Dollr did not recognise this number as mobile money. Check it, or choose the operator.</source>
        <translation>Dollr ntiyamenye iyi nomero nka Mobile Money. Yigenzure, cyangwa uhitemo sosiyete y'itumanaho.</translation>
    </message>
    <message>
        <source>✓ {operator} (detected).</source>
        <translation>✓ {operator} (yamenyekanye).</translation>
    </message>
    <message>
        <source>✓ {operator} (detected). Wrong? Choose another operator.</source>
        <translation>✓ {operator} (yamenyekanye). Si yo? Hitamo indi sosiyete y'itumanaho.</translation>
    </message>
    <message>
        <source>Chosen by you: {operator}.</source>
        <translation>Wahisemo: {operator}.</translation>
    </message>
    <message>
        <source>Asking Dollr for the fees…</source>
        <translation>Turabaza Dollr amafaranga ya serivisi…</translation>
    </message>
    <message>
        <source>The fees could not be fetched. Check the connection and the number.</source>
        <translation>Amafaranga ya serivisi ntiyabonetse. Genzura interineti na nomero.</translation>
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
        <translation>Ubusabe bwo kwishyura iyi nyandiko busanzwe butegereje umukiriya. Bugaragara hano; nta busabe bwa kabiri bwoherejwe.</translation>
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation>Turohereza ubusabe bwo kwishyura…</translation>
    </message>
    <message>
        <source>the request could not be sent; no money moved. Try again.</source>
        <translation>ubusabe ntibwashoboye koherezwa; nta mafaranga yavuye aho ari. Ongera ugerageze.</translation>
    </message>
    <message>
        <source>This payment goes through {operator}.</source>
        <translation>Ubu bwishyu bunyura kuri {operator}.</translation>
    </message>
    <message>
        <source>{paid} paid · you receive {received}</source>
        <translation>{paid} byishyuwe · wakira {received}</translation>
    </message>
    <message>
        <source>No money moved. You can send a new request, or use the payment link.</source>
        <translation>Nta mafaranga yimutse. Ushobora kohereza ubusabe bushya, cyangwa ugakoresha ihuza ryo kwishyura.</translation>
    </message>
    <message>
        <source>the request never reached Dollr, so no money moved. You can try again.</source>
        <translation>ubusabe ntibwigeze bugera kuri Dollr, bityo nta mafaranga yavuye aho ari. Ushobora kongera kugerageza.</translation>
    </message>
    <message>
        <source>The answer was lost on the way. The app is checking this payment's status; it will never be sent twice.</source>
        <translation>Igisubizo cyabuze mu nzira. Porogaramu irimo kugenzura uko ubu bwishyu buhagaze; ntibuzigera bwoherezwa kabiri.</translation>
    </message>
    <message>
        <source>This payment needs the customer to confirm it on Dollr's secure page (for example a card's 3-D Secure check), which this app cannot show. Open the payment page and let the customer finish there.</source>
        <translation>Ubu bwishyu bukeneye ko umukiriya abwemeza ku rupapuro rwizewe rwa Dollr (urugero igenzura rya 3-D Secure ry'ikarita), iyi porogaramu idashobora kwerekana. Fungura urupapuro rwo kwishyura ureke umukiriya arangirize aho.</translation>
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
        <translation>“{text}” si umubare w'amafaranga. Andika imibare, urugero 150,00.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Amafaranga agomba kuba arenze zeru.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimals.</source>
        <translation>Amafaranga ya {currency} ntagira imibare nyuma ya koma.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {places} decimals.</source>
        <translation>Amafaranga ya {currency} agira imibare itarenze {places} nyuma ya koma.</translation>
    </message>
</context>
<context>
    <name>NewPayoutDialog</name>
    <message>
        <source>Recipient's mobile-money number</source>
        <translation>Nomero ya Mobile Money y'uwishyurwa</translation>
    </message>
    <message>
        <source>Operator detected by Dollr</source>
        <translation>Sosiyete y'itumanaho yamenywe na Dollr</translation>
    </message>
    <message>
        <source>Amount the recipient gets</source>
        <translation>Amafaranga uwishyurwa ahabwa</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>urugero 150,00</translation>
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
        <translation>si ngombwa, urugero umushahara wa Werurwe cyangwa fagitire 1042</translation>
    </message>
    <message>
        <source>Pay to:</source>
        <translation>Yishyure:</translation>
    </message>
    <message>
        <source>Mobile money:</source>
        <translation>Mobile Money:</translation>
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
        <translation>✓ Dollr: {operator} · yishyura muri {currencies}</translation>
    </message>
    <message>
        <source>Choose who gets the money, or create a new recipient.</source>
        <translation>Hitamo uhabwa amafaranga, cyangwa wandike uwishyurwa mushya.</translation>
    </message>
    <message>
        <source>Type the recipient's mobile-money number.</source>
        <translation>Andika nomero ya Mobile Money y'uwishyurwa.</translation>
    </message>
    <message>
        <source>Type the amount the recipient gets.</source>
        <translation>Andika amafaranga uwishyurwa ahabwa.</translation>
    </message>
    <message>
        <source>New payout</source>
        <translation>Kwishyura undi</translation>
    </message>
    <message>
        <source>Payout problem</source>
        <translation>Ikibazo mu kwishyura undi</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Komeza</translation>
    </message>
    <message>
        <source>Continue to approval</source>
        <translation>Komeza ujye kwemeza</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Emeza…</translation>
    </message>
    <message>
        <source>Approve the payout</source>
        <translation>Emeza kwishyura undi</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Tangira bundi bushya</translation>
    </message>
    <message>
        <source>Start a new payout session</source>
        <translation>Tangira kwishyura undi bundi bushya</translation>
    </message>
    <message>
        <source>Change details</source>
        <translation>Hindura ibisobanuro</translation>
    </message>
    <message>
        <source>Change the payout details</source>
        <translation>Hindura ibisobanuro byo kwishyura undi</translation>
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
        <translation>Ohereza ngo byemezwe</translation>
    </message>
    <message>
        <source>Send the payout for the owner's approval</source>
        <translation>Ohereza kwishyura undi ngo byemezwe na nyir'ubucuruzi</translation>
    </message>
    <message>
        <source>More than the estimated balance</source>
        <translation>Birenze ikigereranyo cy'amafaranga asigaye</translation>
    </message>
    <message>
        <source>This payout debits {debited}, more than the estimated balance of {estimate}.</source>
        <translation>Uku kwishyura gukura {debited} kuri konti, birenze ikigereranyo cy'amafaranga asigaye cya {estimate}.</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Komeza uko byagenda kose</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>The estimate only counts what this app knows; Dollr refuses a payout the wallet cannot cover.</source>
        <translation>Ikigereranyo kibara gusa ibyo iyi porogaramu izi; Dollr yanga kwishyura undi niba amafaranga ari kuri konti adahagije.</translation>
    </message>
    <message>
        <source>Preparing the payout…</source>
        <translation>Gutegura ubwishyu…</translation>
    </message>
    <message>
        <source>The previous session expired and nothing was paid. Start a new session to pay {amount} to {name}?</source>
        <translation>Igihe cy'ubwishyu cyarangiye kandi nta mafaranga yishyuwe. Utangire ikindi gihe cyo kwishyura {name} {amount}?</translation>
    </message>
    <message>
        <source>Only the owner approves payouts. Switch user to the owner, or close this window.</source>
        <translation>Nyir'ubucuruzi wenyine ni we wemeza kwishyura abandi. Hindura ukoresha ujye kuri nyir'ubucuruzi, cyangwa ufunge iri dirishya.</translation>
    </message>
    <message>
        <source>Open the Dollr portal to finish verification</source>
        <translation>Fungura urubuga rw'abacuruzi rwa Dollr urangize igenzura</translation>
    </message>
    <message>
        <source>New payout (account closed)</source>
        <translation>Kwishyura undi (konti yafunzwe)</translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>Clear filters</source>
        <translation>Kuraho amahitamo</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show</source>
        <translation>Reba</translation>
    </message>
    <message>
        <source>Show what the notice is about</source>
        <translation>Reba icyo ubutumwa buvuga</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline banner</source>
        <translation>Itangazo: nta interineti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ongera ugerageze</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <source>Opening balance</source>
        <translation>Amafaranga yo gutangiriraho</translation>
    </message>
    <message>
        <source>Opening balance window</source>
        <translation>Idirishya ry'amafaranga yo gutangiriraho</translation>
    </message>
    <message>
        <source>Enter what your Dollr wallet held on a date (from the Dollr portal). The estimate adds what came in and takes away what went out since then. Leave the amount empty to remove it.</source>
        <translation>Andika amafaranga yari kuri konti yawe ya Dollr ku itariki runaka (uyakuye ku rubuga rwa Dollr). Ikigereranyo cyongeraho ibyinjiye kandi kigakuramo ibyasohotse kuva icyo gihe. Siga amafaranga ubusa kugira ngo uyakureho.</translation>
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
        <translation>Ku itariki</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Ikibazo ku mafaranga</translation>
    </message>
    <message>
        <source>Save opening balance</source>
        <translation>Bika amafaranga yo gutangiriraho</translation>
    </message>
    <message>
        <source>{currency} amounts cannot have that many decimals.</source>
        <translation>Amafaranga ya {currency} ntashobora kugira imibare myinshi gutyo nyuma ya koma.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Working…</source>
        <translation>Birakorwa…</translation>
    </message>
    <message>
        <source>Offline — showing saved data.</source>
        <translation>Nta interineti — turerekana amakuru yabitswe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Tegereza gato</translation>
    </message>
    <message>
        <source>Making the parts…</source>
        <translation>Turategura ibyiciro…</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyPanel</name>
    <message>
        <source>{where}: only the owner</source>
        <translation>{where}: nyir'ubucuruzi wenyine</translation>
    </message>
    <message>
        <source>Only the owner can open this</source>
        <translation>Nyir'ubucuruzi wenyine ni we ushobora kubifungura</translation>
    </message>
    <message>
        <source>{where}: why this is closed</source>
        <translation>{where}: impamvu bifunze</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Hindura ukoresha…</translation>
    </message>
    <message>
        <source>{where}: switch to the owner</source>
        <translation>{where}: jya kuri nyir'ubucuruzi</translation>
    </message>
</context>
<context>
    <name>PasscodeEdit</name>
    <message>
        <source>your Dollr payout passcode</source>
        <translation>kode y'ibanga yawe yo kwishyura abandi kuri Dollr</translation>
    </message>
</context>
<context>
    <name>PaymentStates</name>
    <message>
        <source>Sending</source>
        <translation>Biroherezwa</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Dutegereje umukiriya</translation>
    </message>
    <message>
        <source>Checking with Dollr</source>
        <translation>Turabaza Dollr</translation>
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
        <translation>Ntibyoherejwe (nta mafaranga yimutse)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Byoherejwe</translation>
    </message>
</context>
<context>
    <name>PaymentTimeline</name>
    <message>
        <source>to come</source>
        <translation>biri imbere</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ubu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>byarangiye</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>byanze</translation>
    </message>
    <message>
        <source>Payment progress</source>
        <translation>Aho ubwishyu bugeze</translation>
    </message>
    <message>
        <source>Prompt sent</source>
        <translation>Ubusabe bwoherejwe</translation>
    </message>
    <message>
        <source>Waiting for the customer to approve</source>
        <translation>Dutegereje ko umukiriya yemeza</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Sending the prompt…</source>
        <translation>Turohereza ubusabe…</translation>
    </message>
    <message>
        <source>Checking that the prompt arrived</source>
        <translation>Turareba ko ubusabe bwageze</translation>
    </message>
    <message>
        <source>The customer approved</source>
        <translation>Umukiriya yemeje</translation>
    </message>
    <message>
        <source>The prompt was not sent</source>
        <translation>Ubusabe ntibwoherejwe</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Byanze: {reason}</translation>
    </message>
</context>
<context>
    <name>PaymentWording</name>
    <message>
        <source>{number} is {status}, so it cannot be paid now. Publish it first (or refresh: it may already be paid).</source>
        <translation>{number}: {status}, bityo ntishobora kwishyurwa ubu. Banza uyitangaze (cyangwa uvugurure: ishobora kuba yamaze kwishyurwa).</translation>
    </message>
    <message>
        <source>Only a payment request that never reached Dollr can be sent again; this one did reach it. Its status is checked instead.</source>
        <translation>Ubusabe bwo kwishyura butarigeze bugera kuri Dollr ni bwo bwonyine bushobora kongera koherezwa; ubu bwo bwagezeyo. Ahubwo turareba uko buhagaze.</translation>
    </message>
    <message>
        <source>the recipient's mobile-money operator did not accept the payout (their wallet or number, not yours). Nothing was paid to them: check the number with the recipient, then make a new payout</source>
        <translation>sosiyete ya Mobile Money y'uwishyurwa ntiyemeye ubwishyu (ikibazo ni konti cyangwa nomero ye, si iyawe). Nta cyo yahawe: genzura nomero hamwe n'uwishyurwa, hanyuma wongere wishyure bundi bushya</translation>
    </message>
    <message>
        <source>Nothing was paid: top up the wallet (or pay less), then make a new payout</source>
        <translation>Nta cyishyuwe: ongera amafaranga kuri konti (cyangwa wishyure make), hanyuma wongere wishyure bundi bushya</translation>
    </message>
    <message>
        <source>Nothing was paid to the recipient; you can make a new payout</source>
        <translation>Nta mafaranga uwishyurwa yahawe; ushobora kongera kwishyura bundi bushya</translation>
    </message>
    <message>
        <source>the customer's mobile-money operator did not approve the payment</source>
        <translation>sosiyete ya Mobile Money y'umukiriya ntiyemeye ubwishyu</translation>
    </message>
    <message>
        <source>the customer's wallet had too little money</source>
        <translation>konti y'umukiriya ntiyari ifite amafaranga ahagije</translation>
    </message>
    <message>
        <source>the customer did not approve in time</source>
        <translation>umukiriya ntiyemeje ku gihe</translation>
    </message>
    <message>
        <source>the customer cancelled the prompt</source>
        <translation>umukiriya yahagaritse ubusabe</translation>
    </message>
    <message>
        <source>Dollr answered late for this attempt, after the app had taken it as never received: this money DID move. Check for a second payment made meanwhile</source>
        <translation>Dollr yasubije itinze kuri iri gerageza, porogaramu imaze kubifata nk'ibitarigeze bigerayo: aya mafaranga YARIMUTSE koko. Reba niba nta bwishyu bwa kabiri bwakozwe hagati aho</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation>Indango {reference}</translation>
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
        <translation>Turacyategereje nyuma y'iminota {minutes}. Ni ibisanzwe: abakiriya bamwe batinda gato. Ushobora gufunga iri dirishya; porogaramu ikomeza gukurikirana kandi ikakumenyesha igihe birangiye.</translation>
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
        <translation>Ubwishyu {count} bwakiriwe</translation>
    </message>
    <message>
        <source>{who} paid {amount} ({document})</source>
        <translation>{who} yishyuye {amount} ({document})</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Umukiriya runaka</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Uyu munsi {time}</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Ubwishyu busohoka</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Refund: {state}</source>
        <translation>Gusubiza amafaranga: {state}</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Byasubijwe</translation>
    </message>
    <message>
        <source>Paid · partly refunded ({amount})</source>
        <translation>Byishyuwe · hasubijwe igice ({amount})</translation>
    </message>
    <message>
        <source>checked after restart</source>
        <translation>byagenzuwe nyuma yo kongera gutangira</translation>
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
        <translation>Indango {reference} (hitamo umurongo hanyuma ukande Ctrl+C kugira ngo uyikoporore)</translation>
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
        <translation>Igurisha ryihuse: ihuza ryo kwishyura ku mukiriya uri imbere yawe</translation>
    </message>
    <message>
        <source>Search customer, document, phone or reference  (Ctrl+F)</source>
        <translation>Shakisha umukiriya, inyandiko, telefone cyangwa indango  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Shakisha ubwishyu</translation>
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
        <source>Only today</source>
        <translation>Uyu munsi gusa</translation>
    </message>
    <message>
        <source>Only pending</source>
        <translation>Ibitegereje gusa</translation>
    </message>
    <message>
        <source>Only failed</source>
        <translation>Ibyanze gusa</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Hitamo ubwoko bw'ubwishyu</translation>
    </message>
    <message>
        <source>Collections and payouts</source>
        <translation>Ibyakiriwe no kwishyura abandi</translation>
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
        <translation>Amafaranga yasubijwe</translation>
    </message>
    <message>
        <source>Filter by method</source>
        <translation>Hitamo uburyo bwo kwishyura</translation>
    </message>
    <message>
        <source>Filter by currency</source>
        <translation>Hitamo ifaranga</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Koporora indango</translation>
    </message>
    <message>
        <source>Copy the selected payment's reference id</source>
        <translation>Koporora indango y'ubwishyu wahisemo</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Inyemezabwishyu…</translation>
    </message>
    <message>
        <source>Receipt of the selected payment</source>
        <translation>Inyemezabwishyu y'ubwishyu wahisemo</translation>
    </message>
    <message>
        <source>Preview, print, save or share the receipt (works offline)</source>
        <translation>Reba, capa, bika cyangwa usangize inyemezabwishyu (bikora nta interineti)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Subiza amafaranga…</translation>
    </message>
    <message>
        <source>Refund the selected payment</source>
        <translation>Subiza amafaranga y'ubwishyu wahisemo</translation>
    </message>
    <message>
        <source>Export receipts…</source>
        <translation>Ohereza inyemezabwishyu hanze…</translation>
    </message>
    <message>
        <source>Export the receipts of a date range to PDFs</source>
        <translation>Ohereza hanze inyemezabwishyu z'igihe runaka muri PDF</translation>
    </message>
    <message>
        <source>Payments shown</source>
        <translation>Ubwishyu bugaragara</translation>
    </message>
    <message>
        <source>Payments list</source>
        <translation>Urutonde rw'ubwishyu</translation>
    </message>
    <message>
        <source>No payment matches this search and these filters.</source>
        <translation>Nta bwishyu buhuye n'ibyo washakishije n'ibyo wahisemo.</translation>
    </message>
    <message>
        <source>Clear the payment filters</source>
        <translation>Kuraho amahitamo y'ubwishyu</translation>
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
        <translation>Bigaragara: {count}</translation>
    </message>
    <message>
        <source>{count} payments shown</source>
        <translation>Bigaragara: {count}</translation>
    </message>
    <message>
        <source>Copied reference {reference}</source>
        <translation>Indango {reference} yakoporowe</translation>
    </message>
</context>
<context>
    <name>PayoutFeeBox</name>
    <message>
        <source>Recipient gets {gets} · your wallet is debited {debited}</source>
        <translation>Uwishyurwa ahabwa {gets} · kuri konti yawe havaho {debited}</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Fee preview</source>
        <translation>Kureba ikiguzi mbere</translation>
    </message>
    <message>
        <source>Choose the recipient and type an amount to see the fees.</source>
        <translation>Hitamo uwishyurwa hanyuma wandike amafaranga kugira ngo ubone amafaranga ya serivisi.</translation>
    </message>
    <message>
        <source>Recipient gets and wallet debited</source>
        <translation>Ibyo uwishyurwa ahabwa n'ibikurwa kuri konti</translation>
    </message>
    <message>
        <source>Fee details</source>
        <translation>Ibisobanuro by'amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Estimated balance</source>
        <translation>Amafaranga asigaye (ikigereranyo)</translation>
    </message>
    <message>
        <source>Estimated balance: ≈ {amount}</source>
        <translation>Amafaranga asigaye (ikigereranyo): ≈ {amount}</translation>
    </message>
    <message>
        <source>this payout is more than that; Dollr refuses a payout the wallet cannot cover.</source>
        <translation>uku kwishyura kurenze ayo; Dollr yanga kwishyura niba amafaranga ari kuri konti adahagije.</translation>
    </message>
    <message>
        <source>No fees</source>
        <translation>Nta mafaranga ya serivisi</translation>
    </message>
</context>
<context>
    <name>PayoutRunWords</name>
    <message>
        <source>This file is not UTF-8 text. Save it as “CSV UTF-8” and open it again.</source>
        <translation>Iyi dosiye si inyandiko ya UTF-8. Yibike nka “CSV UTF-8” hanyuma wongere uyifungure.</translation>
    </message>
    <message>
        <source>This file has no rows to pay.</source>
        <translation>Iyi dosiye nta mirongo yo kwishyura ifite.</translation>
    </message>
    <message>
        <source>The first line must name the columns name, phone, amount and currency (note and reference are optional). Missing: {columns}.</source>
        <translation>Umurongo wa mbere ugomba kwandikaho amazina y'inkingi name, phone, amount na currency (note na reference si ngombwa). Ibibura: {columns}.</translation>
    </message>
    <message>
        <source>Type the recipient's name.</source>
        <translation>Andika izina ry'uwishyurwa.</translation>
    </message>
    <message>
        <source>Dollr pays no mobile-money operator for this number.</source>
        <translation>Dollr nta sosiyete ya Mobile Money yishyura kuri iyi nomero.</translation>
    </message>
    <message>
        <source>Choose a currency (USD, LRD or RWF).</source>
        <translation>Hitamo ifaranga (USD, LRD cyangwa RWF).</translation>
    </message>
    <message>
        <source>Dollr does not pay out in {currency}: use USD, LRD or RWF.</source>
        <translation>Dollr ntiyishyura muri {currency}: koresha USD, LRD cyangwa RWF.</translation>
    </message>
    <message>
        <source>{method} does not pay {currency}: it pays {currencies}.</source>
        <translation>{method} ntiyishyura muri {currency}: yishyura muri {currencies}.</translation>
    </message>
    <message>
        <source>Type the amount.</source>
        <translation>Andika amafaranga.</translation>
    </message>
    <message>
        <source>The amount is not a number, e.g. 1250.50.</source>
        <translation>Amafaranga si umubare, urugero 1250.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Amafaranga agomba kuba arenze zeru.</translation>
    </message>
    <message>
        <source>The amount is above Dollr's limit for one payout.</source>
        <translation>Amafaranga arenze ayo Dollr yemera ku bwishyu bumwe.</translation>
    </message>
    <message>
        <source>{currency} has no decimals: use a whole amount.</source>
        <translation>{currency} ntigira imibare nyuma ya koma: andika umubare wuzuye.</translation>
    </message>
    <message>
        <source>{currency} has {decimals} decimals at most.</source>
        <translation>{currency} igira imibare itarenze {decimals} nyuma ya koma.</translation>
    </message>
    <message>
        <source>Same number as row {position}. Tick “Pay twice” if both payments are meant.</source>
        <translation>Nomero imwe n'iyo ku murongo {position}. Kanda “Ishyura kabiri” niba koko ushaka kwishyura kabiri.</translation>
    </message>
    <message>
        <source>Some rows still have problems: fix them or leave them out first.</source>
        <translation>Imirongo imwe iracyafite ibibazo: banza uyikosore cyangwa uyisige.</translation>
    </message>
    <message>
        <source>This run is already paying.</source>
        <translation>Uru rutonde rurimo kwishyurwa.</translation>
    </message>
    <message>
        <source>This run has already been paid or cancelled.</source>
        <translation>Uru rutonde rwamaze kwishyurwa cyangwa guhagarikwa.</translation>
    </message>
    <message>
        <source>Approve the run with your passcode to go on.</source>
        <translation>Emeza urutonde ukoresheje kode y'ibanga yawe kugira ngo ukomeze.</translation>
    </message>
    <message>
        <source>Dollr could not be reached, so the run paused. Nothing was sent for the waiting rows; resume when the connection is back.</source>
        <translation>Dollr ntiyabonetse, bityo urutonde rwahagaze gato. Nta cyoherejwe ku mirongo itegereje; komeza interineti nigaruka.</translation>
    </message>
    <message>
        <source>Only the owner can approve payout runs on this computer.</source>
        <translation>Nyir'ubucuruzi wenyine ni we ushobora kwemeza kwishyura benshi kuri iyi mudasobwa.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Byasizwe</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bitegereje</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Biritegurwa…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ntibyoherejwe</translation>
    </message>
    <message>
        <source>Not paid: run cancelled</source>
        <translation>Ntibyishyuwe: urutonde rwahagaritswe</translation>
    </message>
    <message>
        <source>Sending to Dollr…</source>
        <translation>Turohereza kuri Dollr…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bitegereje</translation>
    </message>
    <message>
        <source>Processing: the operator delivers it</source>
        <translation>Birakorwa: sosiyete y'itumanaho irimo kubigeza</translation>
    </message>
    <message>
        <source>Checking with Dollr</source>
        <translation>Turabaza Dollr</translation>
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
        <translation>Ntibyageze kuri Dollr: ntibyishyuwe</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Umushinga</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Birishyurwa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Byahagaze gato</translation>
    </message>
    <message>
        <source>Waiting for Dollr</source>
        <translation>Dutegereje Dollr</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Byahagaritswe</translation>
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
        <translation>Ishyura abantu benshi icyarimwe: imishahara, abatanga ibicuruzwa ku wa Gatanu. Buri murongo ubanza kugenzurwa mbere y'uko amafaranga yimuka; nyir'ubucuruzi yemeza urutonde rwose rimwe akoresheje kode y'ibanga.</translation>
    </message>
    <message>
        <source>New run from a CSV file…</source>
        <translation>Urutonde rushya ruvuye muri dosiye ya CSV…</translation>
    </message>
    <message>
        <source>New run from a CSV file</source>
        <translation>Urutonde rushya ruvuye muri dosiye ya CSV</translation>
    </message>
    <message>
        <source>New run from contacts…</source>
        <translation>Urutonde rushya ruvuye mu bantu…</translation>
    </message>
    <message>
        <source>New run from contacts</source>
        <translation>Urutonde rushya ruvuye mu bantu</translation>
    </message>
    <message>
        <source>Saved lists</source>
        <translation>Intonde zibitswe</translation>
    </message>
    <message>
        <source>New run from this list</source>
        <translation>Ishyura abari kuri uru rutonde</translation>
    </message>
    <message>
        <source>New run from the saved list</source>
        <translation>Ishyura abari ku rutonde rubitswe</translation>
    </message>
    <message>
        <source>Payout runs list</source>
        <translation>Intonde zo kwishyura</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Urutonde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Byakozwe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Uko bimeze</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Imirongo</translation>
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
        <translation>Fungura urutonde wahisemo</translation>
    </message>
    <message>
        <source>Payout runs message</source>
        <translation>Ubutumwa bwo kwishyura benshi</translation>
    </message>
    <message>
        <source>No payout runs yet. Start one from your contacts or from a CSV file.</source>
        <translation>Nta rutonde rwo kwishyura ruraba. Tangiza rumwe uhereye ku bantu bawe cyangwa kuri dosiye ya CSV.</translation>
    </message>
    <message>
        <source>New run from contacts (no runs yet)</source>
        <translation>Urutonde rushya ruvuye mu bantu (nta rutonde ruraba)</translation>
    </message>
    <message>
        <source>‹ All runs</source>
        <translation>‹ Intonde zose</translation>
    </message>
    <message>
        <source>Back to all runs</source>
        <translation>Subira ku ntonde zose</translation>
    </message>
    <message>
        <source>Run title</source>
        <translation>Umutwe w'urutonde</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Izina ry'urutonde</translation>
    </message>
    <message>
        <source>Run rows</source>
        <translation>Imirongo y'urutonde</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Hitamo imirongo yose</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Incamake y'urutonde</translation>
    </message>
    <message>
        <source>Run message</source>
        <translation>Ubutumwa bw'urutonde</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Aho urutonde rugeze</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ongeraho umurongo</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ongeraho umurongo ku rutonde</translation>
    </message>
    <message>
        <source>Save as list…</source>
        <translation>Bika nk'urutonde…</translation>
    </message>
    <message>
        <source>Save the rows as a list</source>
        <translation>Bika imirongo nk'urutonde</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Siba umushinga</translation>
    </message>
    <message>
        <source>Delete this draft run</source>
        <translation>Siba uru rutonde rw'umushinga</translation>
    </message>
    <message>
        <source>Check and preview</source>
        <translation>Genzura urebe mbere</translation>
    </message>
    <message>
        <source>Preview the run</source>
        <translation>Reba urutonde mbere</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Subira ku guhindura</translation>
    </message>
    <message>
        <source>Back to editing the rows</source>
        <translation>Subira ku guhindura imirongo</translation>
    </message>
    <message>
        <source>Approve and pay…</source>
        <translation>Emeza wishyure…</translation>
    </message>
    <message>
        <source>Approve and pay the run</source>
        <translation>Emeza kandi wishyure urutonde</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Hagarika gato</translation>
    </message>
    <message>
        <source>Pause the run</source>
        <translation>Hagarika urutonde gato</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Komeza…</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Komeza urutonde</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Hagarika urutonde</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Hagarika uru rutonde</translation>
    </message>
    <message>
        <source>Results (CSV)</source>
        <translation>Ibisubizo (CSV)</translation>
    </message>
    <message>
        <source>Open the results as CSV</source>
        <translation>Fungura ibisubizo muri CSV</translation>
    </message>
    <message>
        <source>Results (PDF)</source>
        <translation>Ibisubizo (PDF)</translation>
    </message>
    <message>
        <source>Open the results as PDF</source>
        <translation>Fungura ibisubizo muri PDF</translation>
    </message>
    <message>
        <source>Retry unpaid rows as a new run</source>
        <translation>Ongera ugerageze itishyuwe mu rutonde rushya</translation>
    </message>
    <message>
        <source>Retry the unpaid rows</source>
        <translation>Ongera ugerageze imirongo itishyuwe</translation>
    </message>
    <message>
        <source>No saved list yet</source>
        <translation>Nta rutonde rubitswe</translation>
    </message>
    <message>
        <source>{rows} rows</source>
        <translation>Imirongo {rows}</translation>
    </message>
    <message>
        <source>{rows} rows · {paid} paid · {unpaid} not paid</source>
        <translation>Imirongo {rows} · {paid} yishyuwe · {unpaid} itishyuwe</translation>
    </message>
    <message>
        <source>CSV and PDF kept</source>
        <translation>CSV na PDF byabitswe</translation>
    </message>
    <message>
        <source>CSV kept</source>
        <translation>CSV yabitswe</translation>
    </message>
    <message>
        <source>Open a CSV file of payouts</source>
        <translation>Fungura dosiye ya CSV y'abo kwishyura</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Dosiye za CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Payout run</source>
        <translation>Urutonde rwo kwishyura</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>{paying} rows to pay, {left} left out.</source>
        <translation>Imirongo {paying} yo kwishyura, {left} yasizwe.</translation>
    </message>
    <message>
        <source>{bad} rows need fixing (or leave them out) before the run can start.</source>
        <translation>Imirongo {bad} igomba gukosorwa (cyangwa ukayisiga) mbere y'uko urutonde rutangira.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{currency}&lt;/b&gt;: {rows} payouts, recipients get {amount}, fees {fees}, your wallet is debited &lt;b&gt;{debit}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{currency}&lt;/b&gt;: ubwishyu {rows}, abishyurwa bahabwa {amount}, amafaranga ya serivisi {fees}, kuri konti yawe havaho &lt;b&gt;{debit}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Estimated balance: {balance}.</source>
        <translation>Amafaranga asigaye (ikigereranyo): {balance}.</translation>
    </message>
    <message>
        <source>This is more than the estimated balance: some rows may fail.</source>
        <translation>Ibi birenze ikigereranyo cy'amafaranga asigaye: imirongo imwe ishobora kwanga.</translation>
    </message>
    <message>
        <source>{count} rows could not be quoted: see their Problems column.</source>
        <translation>Imirongo {count} ntiyabonewe amafaranga ya serivisi: reba inkingi yayo Ibibazo.</translation>
    </message>
    <message>
        <source>{done} of {total} sent · {paid} paid · {failed} not paid · {open} waiting for the operator · {skipped} skipped</source>
        <translation>{done} kuri {total} byoherejwe · {paid} byishyuwe · {failed} ntibyishyuwe · {open} bitegereje sosiyete y'itumanaho · {skipped} byasimbutswe</translation>
    </message>
    <message>
        <source>Paused. The rows not sent yet wait for you: press Resume and approve with your passcode again.</source>
        <translation>Byahagaze gato. Imirongo itaroherezwa irakwitegereje: kanda Komeza hanyuma wongere wemeze na kode y'ibanga yawe.</translation>
    </message>
    <message>
        <source>Save as list</source>
        <translation>Bika nk'urutonde</translation>
    </message>
    <message>
        <source>List name:</source>
        <translation>Izina ry'urutonde:</translation>
    </message>
    <message>
        <source>Saved as the list “{name}”.</source>
        <translation>Byabitswe nk'urutonde “{name}”.</translation>
    </message>
    <message>
        <source>Asking Dollr for each row's fee…</source>
        <translation>Turabaza Dollr amafaranga ya serivisi ya buri murongo…</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;{name}&lt;/b&gt;: {count} rows still to pay.</source>
        <translation>Urutonde &lt;b&gt;{name}&lt;/b&gt;: hasigaye imirongo {count} yo kwishyura.</translation>
    </message>
    <message>
        <source>{rows} payouts, your {currency} wallet debited &lt;b&gt;{debit}&lt;/b&gt; (fees {fees})</source>
        <translation>Ubwishyu {rows}, kuri konti yawe ya {currency} havaho &lt;b&gt;{debit}&lt;/b&gt; (amafaranga ya serivisi {fees})</translation>
    </message>
    <message>
        <source>Run &lt;b&gt;{name}&lt;/b&gt;:</source>
        <translation>Urutonde &lt;b&gt;{name}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Pausing after the row being paid now…</source>
        <translation>Birahagarara nyuma y'umurongo urimo kwishyurwa ubu…</translation>
    </message>
    <message>
        <source>Cancelling: rows not started will not be paid; rows already sent finish as Dollr decides.</source>
        <translation>Birahagarikwa: imirongo itaratangira ntizishyurwa; iyamaze koherezwa izarangira uko Dollr ibyemeje.</translation>
    </message>
</context>
<context>
    <name>PayoutSessionBox</name>
    <message>
        <source>Payout session</source>
        <translation>Igihe cy'ubwishyu</translation>
    </message>
    <message>
        <source>Wallet to be debited</source>
        <translation>Konti izavaho amafaranga</translation>
    </message>
    <message>
        <source>Ready to approve</source>
        <translation>Biteguye kwemezwa</translation>
    </message>
    <message>
        <source>Your &lt;b&gt;{currency} wallet&lt;/b&gt; (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation>Kuri &lt;b&gt;konti yawe ya {currency}&lt;/b&gt; (nomero {wallet}) hazavaho &lt;b&gt;{debited}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Igihe cyarangiye</translation>
    </message>
</context>
<context>
    <name>PayoutStatusBox</name>
    <message>
        <source>Payout progress</source>
        <translation>Aho kwishyura undi bigeze</translation>
    </message>
    <message>
        <source>Payout status</source>
        <translation>Uko kwishyura undi guhagaze</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Nomero y'indango</translation>
    </message>
    <message>
        <source>Reference id: {reference}</source>
        <translation>Nomero y'indango: {reference}</translation>
    </message>
</context>
<context>
    <name>PayoutWording</name>
    <message>
        <source>That passcode is not right ({tries} wrong tries). Nothing was paid. To protect your wallet, wait before trying again.</source>
        <translation>Iyo kode y'ibanga si yo (wibeshye inshuro {tries}). Nta mafaranga yishyuwe. Kugira ngo konti yawe irindwe, tegereza mbere yo kongera kugerageza.</translation>
    </message>
    <message>
        <source>That passcode is not right. Nothing was paid. Type it again.</source>
        <translation>Iyo kode y'ibanga si yo. Nta mafaranga yishyuwe. Ongera uyandike.</translation>
    </message>
    <message>
        <source>{operator} pays out in {currencies}, not {currency}. Choose {choices}.</source>
        <translation>{operator} yishyura mu {currencies}, si mu {currency}. Hitamo {choices}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> cyangwa </translation>
    </message>
    <message>
        <source>Type the recipient's mobile-money number.</source>
        <translation>Andika nomero ya Mobile Money y'uwishyurwa.</translation>
    </message>
    <message>
        <source>{name} was saved on this computer and will be sent to Dollr when the connection returns. A payout needs a connection: try again once you are online.</source>
        <translation>{name} yabitswe kuri iyi mudasobwa kandi azoherezwa kuri Dollr interineti nigaruka. Kwishyura abandi bisaba interineti: ongera ugerageze umaze kubona interineti.</translation>
    </message>
    <message>
        <source>{name} is not on Dollr yet; sync, then try again.</source>
        <translation>{name} ntaragera kuri Dollr; vugurura, hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Dollr cannot pay out to {phone}. Check the number with the recipient (it must be a mobile-money number on the operator shown).</source>
        <translation>Dollr ntishobora kwishyura kuri {phone}. Genzura nomero hamwe n'uwishyurwa (igomba kuba nomero ya Mobile Money kuri sosiyete y'itumanaho yerekanwe).</translation>
    </message>
    <message>
        <source>Dollr did not accept {what} for this payout. Nothing was paid.</source>
        <translation>Dollr ntiyemeye {what} kuri ubu bwishyu. Nta mafaranga yishyuwe.</translation>
    </message>
    <message>
        <source>Dollr has paused payouts after too many wrong passcodes. Nothing was paid. Wait, then try again; if you forgot the passcode, reset it in the Dollr app.</source>
        <translation>Dollr yahagaritse kwishyura abandi nyuma ya kode y'ibanga zitari zo nyinshi. Nta mafaranga yishyuwe. Tegereza, hanyuma wongere ugerageze; niba wibagiwe kode y'ibanga, yihindure muri porogaramu ya Dollr.</translation>
    </message>
    <message>
        <source>A payout to {name} on this number is still in progress (reference {reference}). Wait until it completes or fails before paying again.</source>
        <translation>Kwishyura {name} kuri iyi nomero biracyakorwa (indango {reference}). Tegereza ko birangira cyangwa byanga mbere yo kongera kwishyura.</translation>
    </message>
    <message>
        <source>Too many wrong passcodes.</source>
        <translation>Kode y'ibanga zitari zo ni nyinshi.</translation>
    </message>
    <message>
        <source>Dollr has no passcode for this user id. Check it in the Dollr app, or approve with your passcode phone instead. Nothing was paid.</source>
        <translation>Dollr nta kode y'ibanga ifite kuri iyi nomero y'ukoresha (user id). Yigenzure muri porogaramu ya Dollr, cyangwa wemeze ukoresheje telefone ya kode y'ibanga. Nta mafaranga yishyuwe.</translation>
    </message>
    <message>
        <source>Dollr has no passcode for this phone. Check the payout passcode phone in Settings (it is the phone you set the passcode up with in the Dollr app). Nothing was paid.</source>
        <translation>Dollr nta kode y'ibanga ifite kuri iyi telefone. Genzura telefone ya kode y'ibanga mu Igenamiterere (ni telefone washyiriyeho kode y'ibanga muri porogaramu ya Dollr). Nta mafaranga yishyuwe.</translation>
    </message>
    <message>
        <source>The payout session expired before approval. Nothing was paid. Confirm the payout again to start a new session.</source>
        <translation>Igihe cyo kwemeza ubwishyu cyarangiye utaremeza. Nta mafaranga yishyuwe. Ongera wemeze ubwishyu kugira ngo utangire igihe gishya.</translation>
    </message>
    <message>
        <source>Your Dollr account is not verified for payouts yet, so nothing was paid. Finish the business verification in the Dollr merchant portal (it usually takes a working day), then try again.</source>
        <translation>Konti yawe ya Dollr ntiragenzurwa ngo yemererwe kwishyura abandi, bityo nta mafaranga yishyuwe. Rangiza igenzura ry'ubucuruzi ku rubuga rw'abacuruzi rwa Dollr (akenshi bifata umunsi w'akazi), hanyuma wongere ugerageze.</translation>
    </message>
    <message>
        <source>Dollr did not accept the details</source>
        <translation>Dollr ntiyemeye amakuru</translation>
    </message>
    <message>
        <source>the account may not do this yet</source>
        <translation>konti ntiremererwa kubikora</translation>
    </message>
    <message>
        <source>Dollr no longer has this recipient or session</source>
        <translation>Dollr ntikigifite uwishyurwa cyangwa igihe cy'ubwishyu</translation>
    </message>
    <message>
        <source>Dollr did not accept the app's keys</source>
        <translation>Dollr ntiyemeye imfunguzo za porogaramu</translation>
    </message>
    <message>
        <source>wrong passcode</source>
        <translation>kode y'ibanga si yo</translation>
    </message>
    <message>
        <source>the session expired before approval</source>
        <translation>igihe cyarangiye mbere yo kwemeza</translation>
    </message>
    <message>
        <source>account not verified for payouts</source>
        <translation>konti ntiremererwa kwishyura abandi</translation>
    </message>
    <message>
        <source>payouts locked after wrong passcodes</source>
        <translation>kwishyura abandi byafunzwe kubera kode y'ibanga zitari zo</translation>
    </message>
    <message>
        <source>no passcode for this phone or user id</source>
        <translation>nta kode y'ibanga kuri iyi telefone cyangwa nomero y'ukoresha</translation>
    </message>
    <message>
        <source>Dollr cannot pay this number</source>
        <translation>Dollr ntishobora kwishyura iyi nomero</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>amafaranga</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>ifaranga</translation>
    </message>
    <message>
        <source>the payout session</source>
        <translation>igihe cy'ubwishyu</translation>
    </message>
    <message>
        <source>the passcode</source>
        <translation>kode y'ibanga</translation>
    </message>
    <message>
        <source>the recipient's number</source>
        <translation>nomero y'uwishyurwa</translation>
    </message>
    <message>
        <source>some details</source>
        <translation>amakuru amwe</translation>
    </message>
    <message>
        <source> and </source>
        <translation> na </translation>
    </message>
</context>
<context>
    <name>PayoutWords</name>
    <message>
        <source>Sending to Dollr…</source>
        <translation>Turohereza kuri Dollr…</translation>
    </message>
    <message>
        <source>Pending: Dollr has it</source>
        <translation>Bitegereje: Dollr yabyakiriye</translation>
    </message>
    <message>
        <source>Processing: the operator is delivering it</source>
        <translation>Birakorwa: sosiyete y'itumanaho irabyohereza</translation>
    </message>
    <message>
        <source>Checking with Dollr (connection dropped)</source>
        <translation>Turagenzura kuri Dollr (interineti yacitse)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Byarangiye</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Byanze</translation>
    </message>
    <message>
        <source>Not sent: no money moved</source>
        <translation>Ntibyoherejwe: nta mafaranga yavuyeho</translation>
    </message>
    <message>
        <source>Refused, nothing paid</source>
        <translation>Byanzwe, nta cyishyuwe</translation>
    </message>
    <message>
        <source>your Dollr wallet had too little money</source>
        <translation>konti yawe ya Dollr ntiyari ifite amafaranga ahagije</translation>
    </message>
    <message>
        <source>Pay &lt;b&gt;{amount}&lt;/b&gt; to &lt;b&gt;{recipient}&lt;/b&gt; on {carrier} {phone}.</source>
        <translation>Ishyura &lt;b&gt;{amount}&lt;/b&gt; kuri &lt;b&gt;{recipient}&lt;/b&gt; kuri {carrier} {phone}.</translation>
    </message>
    <message>
        <source>Your {currency} wallet (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} in fees).</source>
        <translation>Kuri konti yawe ya {currency} (nomero {wallet}) hazavaho &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} y'ikiguzi).</translation>
    </message>
    <message>
        <source>Your {currency} wallet (no. {wallet}) will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation>Kuri konti yawe ya {currency} (nomero {wallet}) hazavaho &lt;b&gt;{debited}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your {currency} wallet will be debited &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} in fees).</source>
        <translation>Kuri konti yawe ya {currency} hazavaho &lt;b&gt;{debited}&lt;/b&gt; ({amount} + {fee} y'ikiguzi).</translation>
    </message>
    <message>
        <source>Your {currency} wallet will be debited &lt;b&gt;{debited}&lt;/b&gt;.</source>
        <translation>Kuri konti yawe ya {currency} hazavaho &lt;b&gt;{debited}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Icyitonderwa: {note}</translation>
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
        <translation>Uwishyurwa</translation>
    </message>
    <message>
        <source>Recipient gets</source>
        <translation>Uwishyurwa ahabwa</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ikiguzi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Nomero y'indango</translation>
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
        <translation>Ishyura abatanga ibicuruzwa n'abakozi kuri Mobile Money. Buri bwishyu bwemezwa na kode yawe y'ibanga ya Dollr kandi bukandikwa hano mbere y'uko amafaranga ava aho ari.</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Amateka yo kwishyura abandi</translation>
    </message>
    <message>
        <source>No payouts yet. Press “New payout…” to pay a supplier or a member of staff.</source>
        <translation>Nta bwishyu busohoka buraba. Kanda “Kwishyura undi…” kugira ngo wishyure umutanga-bicuruzwa cyangwa umukozi.</translation>
    </message>
    <message>
        <source>New payout (no payouts yet)</source>
        <translation>Kwishyura undi (nta bwishyu busohoka buraba)</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>Nta bwishyu busohoka buraba</translation>
    </message>
    <message>
        <source>Refuse the payout</source>
        <translation>Anga ubu bwishyu</translation>
    </message>
    <message>
        <source>Refuse the payout of {amount} to {name} prepared by {who}? Nothing is paid.</source>
        <translation>Wanga kwishyura {name} {amount} byateguwe na {who}? Nta mafaranga yishyurwa.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Anga</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>Checking with Dollr (the app stopped before Dollr answered)</source>
        <translation>Kugenzura kuri Dollr (porogaramu yahagaze mbere y'uko Dollr isubiza)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Switch user</source>
        <translation>Hindura ukoresha</translation>
    </message>
    <message>
        <source>Switch user (Ctrl+Shift+U)</source>
        <translation>Hindura ukoresha (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Audit log notice</source>
        <translation>Itangazo ry'igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Fungura igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>Owner set-up offer</source>
        <translation>Icyifuzo cyo gushyiraho nyir'ubucuruzi</translation>
    </message>
    <message>
        <source>Set up the owner…</source>
        <translation>Shyiraho nyir'ubucuruzi…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Si ubu</translation>
    </message>
    <message>
        <source>Not now: set up the owner later</source>
        <translation>Si ubu: nzashyiraho nyir'ubucuruzi nyuma</translation>
    </message>
    <message>
        <source>Protect this computer: set up the owner's PIN, so only the owner approves payouts and changes settings, and staff sign in with their own PIN.</source>
        <translation>Rinda iyi mudasobwa: shyiraho PIN ya nyir'ubucuruzi, kugira ngo nyir'ubucuruzi wenyine ari we wemeza kwishyura abandi kandi agahindura igenamiterere, naho abakozi binjire bakoresheje PIN zabo.</translation>
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
        <translation>&lt;b&gt;Igitabo cy'ibikorwa cyahinduriwe hanze ya porogaramu.&lt;/b&gt; Icyanditswe nomero {id} (cyangwa icyakibanjirije) cyarahinduwe cyangwa cyarasibwe; ibyanditswe uhereye aho ntibyizewe.</translation>
    </message>
    <message>
        <source>At the computer: {name}</source>
        <translation>Uri kuri mudasobwa: {name}</translation>
    </message>
    <message>
        <source>Only the owner can do this.</source>
        <translation>Nyir'ubucuruzi wenyine ni we ushobora gukora ibi.</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Kuraho umuntu</translation>
    </message>
    <message>
        <source>Remove {name} from this computer? They will no longer be able to sign in.</source>
        <translation>Ukuraho {name} kuri iyi mudasobwa? Ntazongera kubasha kwinjira.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kuraho</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Reka agumeho</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ohereza hanze igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Dosiye za CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log saved as {file}.</source>
        <translation>Igitabo cy'ibikorwa cyabitswe nka {file}.</translation>
    </message>
    <message>
        <source>A PIN is {min} to {max} digits.</source>
        <translation>PIN igira imibare kuva kuri {min} kugeza kuri {max}.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>PIN zombi ntizihuye.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {seconds} s.</source>
        <translation>PIN si yo. Ongera ugerageze nyuma y'amasegonda {seconds}.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN si yo. Ongera ugerageze.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>PIN zitari zo ni nyinshi. Ongera ugerageze nyuma y'amasegonda {seconds}.</translation>
    </message>
    <message>
        <source>Type the person's name.</source>
        <translation>Andika izina ry'uwo muntu.</translation>
    </message>
    <message>
        <source>{name} is already on this computer.</source>
        <translation>{name} asanzwe ari kuri iyi mudasobwa.</translation>
    </message>
    <message>
        <source>This computer already has an owner.</source>
        <translation>Iyi mudasobwa isanzwe ifite nyir'ubucuruzi.</translation>
    </message>
    <message>
        <source>The owner cannot be removed.</source>
        <translation>Nyir'ubucuruzi ntashobora gukurwaho.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Nyir'ubucuruzi</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Umukozi</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People on this computer</source>
        <translation>Abantu bakoresha iyi mudasobwa</translation>
    </message>
    <message>
        <source>← Settings</source>
        <translation>← Igenamiterere</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Subira ku Igenamiterere</translation>
    </message>
    <message>
        <source>The owner approves payouts, refunds, changes settings and keys, and manages people. Staff sell, collect, make invoices and prepare payouts for the owner to approve. Each person has a PIN; the Dollr passcode is still asked at each payout.</source>
        <translation>Nyir'ubucuruzi yemeza kwishyura abandi, asubiza amafaranga, ahindura igenamiterere n'imfunguzo, kandi acunga abantu. Abakozi baracuruza, bakakira amafaranga, bagakora fagitire kandi bagategura kwishyura abandi kugira ngo nyir'ubucuruzi abyemeze. Buri muntu afite PIN ye; kode y'ibanga ya Dollr iracyasabwa kuri buri bwishyu busohoka.</translation>
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
        <translation>Uri kuri mudasobwa</translation>
    </message>
    <message>
        <source>Set up the owner…</source>
        <translation>Shyiraho nyir'ubucuruzi…</translation>
    </message>
    <message>
        <source>Set up the owner</source>
        <translation>Shyiraho nyir'ubucuruzi</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Ongeraho umukozi…</translation>
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation>Ongeraho umukozi</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>Hindura PIN…</translation>
    </message>
    <message>
        <source>Change the chosen person's PIN</source>
        <translation>Hindura PIN y'umuntu wahisemo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kuraho</translation>
    </message>
    <message>
        <source>Remove the chosen person</source>
        <translation>Kuraho umuntu wahisemo</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Funga nyuma ya</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nta na rimwe</translation>
    </message>
    <message>
        <source>{n} min without use</source>
        <translation>iminota {n} idakoreshwa</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once; Ctrl+Shift+U switches user.</source>
        <translation>Ctrl+L ifunga ako kanya; Ctrl+Shift+U ihindura ukoresha.</translation>
    </message>
    <message>
        <source>Lock the app after:</source>
        <translation>Funga porogaramu nyuma ya:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>Open the audit log…</source>
        <translation>Fungura igitabo cy'ibikorwa…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Fungura igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>Who did what and when: sign-ins, payouts prepared and approved, settings changed. Each entry is chained to the one before, so an edited or deleted entry shows.</source>
        <translation>Nde wakoze iki n'igihe: kwinjira, ubwishyu busohoka bwateguwe n'ubwemejwe, igenamiterere ryahinduwe. Buri cyanditswe gifatanye n'icyakibanjirije, bityo icyahinduwe cyangwa icyasibwe kiragaragara.</translation>
    </message>
    <message>
        <source>People and the audit log are the owner's. Switch to the owner to add staff, change PINs or read the log.</source>
        <translation>Abantu n'igitabo cy'ibikorwa ni ibya nyir'ubucuruzi. Hindura ukoresha ushyireho nyir'ubucuruzi kugira ngo wongereho abakozi, uhindure PIN cyangwa usome igitabo.</translation>
    </message>
</context>
<context>
    <name>PeopleSettingsBox</name>
    <message>
        <source>People and audit log</source>
        <translation>Abantu n'igitabo cy'ibikorwa</translation>
    </message>
    <message>
        <source>Who uses this computer, their PINs and what each may do; when the app locks; the log of who did what.</source>
        <translation>Abakoresha iyi mudasobwa, PIN zabo n'ibyo buri wese yemerewe gukora; igihe porogaramu yifunga; igitabo cy'uwakoze iki.</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Abantu…</translation>
    </message>
    <message>
        <source>Open People</source>
        <translation>Fungura Abantu</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Igitabo cy'ibikorwa…</translation>
    </message>
    <message>
        <source>Open the audit log from Settings</source>
        <translation>Fungura igitabo cy'ibikorwa uvuye mu Igenamiterere</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Set up the owner</source>
        <translation>Shyiraho nyir'ubucuruzi</translation>
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation>Ongeraho umukozi</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Hindura PIN</translation>
    </message>
    <message>
        <source>Owner set-up window</source>
        <translation>Idirishya ryo gushyiraho nyir'ubucuruzi</translation>
    </message>
    <message>
        <source>New staff member window</source>
        <translation>Idirishya ry'umukozi mushya</translation>
    </message>
    <message>
        <source>PIN change window</source>
        <translation>Idirishya ryo guhindura PIN</translation>
    </message>
    <message>
        <source>You are the owner: only you approve payouts, refund, change settings and keys, and add staff. Choose a PIN of 4 to 8 digits that only you know. It is not your Dollr passcode, which is still asked at each payout.</source>
        <translation>Ni wowe nyir'ubucuruzi: ni wowe wenyine wemeza kwishyura abandi, usubiza amafaranga, uhindura igenamiterere n'imfunguzo, kandi wongeraho abakozi. Hitamo PIN y'imibare 4 kugeza kuri 8 uzi wenyine. Si kode yawe y'ibanga ya Dollr, yo iracyasabwa kuri buri bwishyu busohoka.</translation>
    </message>
    <message>
        <source>Staff sell, collect, make invoices and prepare payouts for the owner to approve. Give them a PIN of 4 to 8 digits.</source>
        <translation>Abakozi baracuruza, bakakira amafaranga, bagakora fagitire kandi bagategura kwishyura abandi kugira ngo nyir'ubucuruzi abyemeze. Muhe PIN y'imibare 4 kugeza kuri 8.</translation>
    </message>
    <message>
        <source>Type the new PIN twice.</source>
        <translation>Andika PIN nshya inshuro ebyiri.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Izina</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nshya</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ongera wandike PIN nshya</translation>
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
        <translation>Ubutumwa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeraho</translation>
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
        <translation>Igihugu cya telefone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomero ya telefone</translation>
    </message>
    <message>
        <source>e.g. 0771234567</source>
        <translation>urugero: 0771234567</translation>
    </message>
    <message>
        <source>Detected country and operator</source>
        <translation>Igihugu na sosiyete y'itumanaho byabonetse</translation>
    </message>
    <message>
        <source>Type the number the way you would dial it.</source>
        <translation>Andika nomero nk'uko wayihamagara.</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>this country</source>
        <translation>iki gihugu</translation>
    </message>
    <message>
        <source>Enter a mobile number, e.g. 0771234567.</source>
        <translation>Andika nomero ya telefone igendanwa, urugero: 0771234567.</translation>
    </message>
    <message>
        <source>Too short for {country}: {missing} digit(s) missing.</source>
        <translation>Ni ngufi cyane kuri {country}: habuze imibare {missing}.</translation>
    </message>
    <message>
        <source>Too long for {country}: {extra} digit(s) too many.</source>
        <translation>Ni ndende cyane kuri {country}: harenzeho imibare {extra}.</translation>
    </message>
    <message>
        <source>This is not a phone number: a number has 8 to 15 digits with its country code.</source>
        <translation>Iyi si nomero ya telefone: nomero igira imibare 8 kugeza kuri 15 hamwe na kode y'igihugu.</translation>
    </message>
    <message>
        <source>Country not recognised; check the country code.</source>
        <translation>Igihugu nticyamenyekanye; genzura kode y'igihugu.</translation>
    </message>
    <message>
        <source>{country}: not a mobile-money number Dollr recognises.</source>
        <translation>{country}: iyi si nomero ya Mobile Money Dollr izi.</translation>
    </message>
    <message>
        <source>{country}: no number of this kind is in use; check it.</source>
        <translation>{country}: nta nomero imeze itya ikoreshwa; yigenzure.</translation>
    </message>
</context>
<context>
    <name>PickContactsDialog</name>
    <message>
        <source>New run from contacts</source>
        <translation>Urutonde rushya ruvuye mu bantu</translation>
    </message>
    <message>
        <source>Contacts to pay</source>
        <translation>Abo kwishyura</translation>
    </message>
    <message>
        <source>Run currency</source>
        <translation>Ifaranga ry'urutonde</translation>
    </message>
    <message>
        <source>Make the run</source>
        <translation>Kora urutonde</translation>
    </message>
    <message>
        <source>Cancel picking</source>
        <translation>Reka guhitamo</translation>
    </message>
    <message>
        <source>Tick the people to pay; type the amounts in the next step.</source>
        <translation>Hitamo abo kwishyura; amafaranga uzayandika mu ntambwe ikurikira.</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Loading…</source>
        <translation>Biraza…</translation>
    </message>
    <message>
        <source>{page}: loading</source>
        <translation>{page}: biraza</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Pay {number} in parts</source>
        <translation>Kwishyura {number} mu bice</translation>
    </message>
    <message>
        <source>Payment plan window</source>
        <translation>Idirishya rya gahunda yo kwishyura</translation>
    </message>
    <message>
        <source>Each part becomes its own order with its own payment link. {number} itself is canceled on Dollr so it cannot be paid on top of its parts; this app shows what is paid and what is left.</source>
        <translation>Buri gice kiba komande yacyo ifite ihuza ryayo ryo kwishyura. {number} ubwayo ihagarikwa kuri Dollr kugira ngo itishyurwa hiyongereyeho ibice byayo; iyi porogaramu yerekana ibyishyuwe n'ibisigaye.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Avansi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nta na kimwe</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Umubare w'ibice</translation>
    </message>
    <message>
        <source>Deposit or first part due on</source>
        <translation>Avansi cyangwa igice cya mbere byishyurwa ku wa</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Ibice bya gahunda</translation>
    </message>
    <message>
        <source>Problem with the plan</source>
        <translation>Ikibazo kuri gahunda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>Monthly instalments</source>
        <translation>Ibice bya buri kwezi</translation>
    </message>
    <message>
        <source>Save payment plan</source>
        <translation>Bika gahunda yo kwishyura</translation>
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
        <translation>Gahunda igomba kugira nibura igice kimwe.</translation>
    </message>
    <message>
        <source>The deposit must be less than the total, with no more decimals than the currency has.</source>
        <translation>Avansi igomba kuba munsi y'igiteranyo, kandi ntigire imibare nyuma y'akitso irenze iyo ifaranga ryemera.</translation>
    </message>
    <message>
        <source>Too many instalments for this amount: each would be less than the smallest coin.</source>
        <translation>Ibice ni byinshi cyane kuri aya mafaranga: buri gice cyaba munsi y'igiceri gito kurusha ibindi.</translation>
    </message>
    <message>
        <source>Only an unpaid document can be paid in parts.</source>
        <translation>Inyandiko itarishyurwa ni yo yonyine ishobora kwishyurwa mu bice.</translation>
    </message>
    <message>
        <source>The parts must add up to the total, {total} {currency}.</source>
        <translation>Ibice byose hamwe bigomba kungana n'igiteranyo, {total} {currency}.</translation>
    </message>
    <message>
        <source>Each part must be more than zero, with no more decimals than {currency} has.</source>
        <translation>Buri gice kigomba kurenza zeru, kandi ntikigire imibare nyuma y'akitso irenze iyo {currency} yemera.</translation>
    </message>
    <message>
        <source>This document already has a payment plan.</source>
        <translation>Iyi nyandiko isanzwe ifite gahunda yo kwishyura.</translation>
    </message>
    <message>
        <source>This plan is already settled or canceled.</source>
        <translation>Iyi gahunda yamaze kwishyurwa yose cyangwa yarahagaritswe.</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode banner</source>
        <translation>Itangazo ry'imyitozo</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRACTICE MODE — demo money.&lt;/b&gt; Nothing here is real and no real money moves. Demo client ID &lt;code&gt;{client_id}&lt;/code&gt;, secret &lt;code&gt;{secret}&lt;/code&gt;; payout passcode &lt;b&gt;{passcode}&lt;/b&gt; (phone {phone}).</source>
        <translation>&lt;b&gt;IMYITOZO — amafaranga y'igeragezwa.&lt;/b&gt; Nta kintu hano ari ukuri kandi nta mafaranga nyakuri ahererekanywa. Client ID y'igeragezwa &lt;code&gt;{client_id}&lt;/code&gt;, secret &lt;code&gt;{secret}&lt;/code&gt;; kode y'ibanga yo kwishyura abandi &lt;b&gt;{passcode}&lt;/b&gt; (telefone {phone}).</translation>
    </message>
</context>
<context>
    <name>PreparedNote</name>
    <message>
        <source>Approval note</source>
        <translation>Icyitonderwa cyo kwemeza</translation>
    </message>
    <message>
        <source>You prepare this payout; the owner approves it with the Dollr passcode before any money moves.</source>
        <translation>Ni wowe utegura ubu bwishyu; nyir'ubucuruzi abwemeza na kode y'ibanga ya Dollr mbere y'uko amafaranga ava aho ari.</translation>
    </message>
    <message>
        <source>Prepared by {who} on {when}. Check it, press Continue, then approve it with your Dollr passcode.</source>
        <translation>Byateguwe na {who} ku wa {when}. Bigenzure, ukande Komeza, hanyuma ubyemeze na kode yawe y'ibanga ya Dollr.</translation>
    </message>
    <message>
        <source>Sent for approval: {amount} to {name}. The owner sees it under Payouts; nothing is paid until they approve it.</source>
        <translation>Byoherejwe kwemezwa: {amount} kuri {name}. Nyir'ubucuruzi abibona muri Kwishyura abandi; nta cyishyurwa atarabyemeza.</translation>
    </message>
</context>
<context>
    <name>ProblemNote</name>
    <message>
        <source>Details</source>
        <translation>Ibisobanuro</translation>
    </message>
    <message>
        <source>Show what Dollr said</source>
        <translation>Reba icyo Dollr yavuze</translation>
    </message>
    <message>
        <source>What Dollr said</source>
        <translation>Icyo Dollr yavuze</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>Payment link QR code</source>
        <translation>Kode ya QR y'ihuza ryo kwishyura</translation>
    </message>
    <message>
        <source>Scan to pay: {url}</source>
        <translation>Soma kode wishyure: {url}</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Nta huza rirabaho</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Byishyuwe</translation>
    </message>
    <message>
        <source>Preparing the link…</source>
        <translation>Gutegura ihuza…</translation>
    </message>
    <message>
        <source>✔ Paid</source>
        <translation>✔ Byishyuwe</translation>
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
        <translation>Izina ry'umukiriya (si ngombwa)</translation>
    </message>
    <message>
        <source>What is it for</source>
        <translation>Ibyaguzwe ni ibiki</translation>
    </message>
    <message>
        <source>e.g. Medicine</source>
        <translation>urugero: Imiti</translation>
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
        <translation>Telefone y'umukiriya:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Izina:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Ibyaguzwe:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amafaranga:</translation>
    </message>
    <message>
        <source>Create payment link</source>
        <translation>Kora ihuza ryo kwishyura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Dollr makes an order for this sale and a page the customer pays on by mobile money or card. You show them the QR code next.</source>
        <translation>Dollr ikora komande y'iri gurisha n'urupapuro umukiriya yishyuriraho kuri Mobile Money cyangwa ikarita. Hanyuma umwereka kode ya QR.</translation>
    </message>
    <message>
        <source>Type the customer's phone number.</source>
        <translation>Andika nomero ya telefone y'umukiriya.</translation>
    </message>
    <message>
        <source>Creating the payment link…</source>
        <translation>Gukora ihuza ryo kwishyura…</translation>
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
        <translation>TIN {tax_id}</translation>
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
        <translation>Igice</translation>
    </message>
    <message>
        <source>{n} of {count} of {number}</source>
        <translation>{n} muri {count} bya {number}</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>Ayishyuwe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Asigaye</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Igabanywa</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation>Igiteranyo mbere y'umusoro</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Igiteranyo</translation>
    </message>
    <message>
        <source>EBM receipt reference</source>
        <translation>Indango y'inyemezabwishyu ya EBM</translation>
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
        <translation>Konti y'uwishyuye</translation>
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
        <translation>Capa inyemezabwishyu {number}</translation>
    </message>
    <message>
        <source>Receipt {number} sent to the printer.</source>
        <translation>Inyemezabwishyu {number} yoherejwe ku icapiro.</translation>
    </message>
    <message>
        <source>Receipt {number} printed.</source>
        <translation>Inyemezabwishyu {number} yacapwe.</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Inyemezabwishyu {number}</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} yabitswe muri {folder}.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Bika inyemezabwishyu nka PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Inyandiko za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF is saved in {folder}: attach {name}.</source>
        <translation>PDF yabitswe muri {folder}: shyira {name} ku mugereka.</translation>
    </message>
    <message>
        <source>Getting the receipt…</source>
        <translation>Turazana inyemezabwishyu…</translation>
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
        <translation>Reba, capa, bika cyangwa usangize inyemezabwishyu</translation>
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
        <translation>Subiza amafaranga…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>Subiza amafaranga y'ubu bwishyu</translation>
    </message>
    <message>
        <source>Open the mail client with the receipt link; the PDF is saved for attaching</source>
        <translation>Fungura porogaramu ya imeri irimo ihuza ry'inyemezabwishyu; PDF irabikwa kugira ngo uyishyire ku mugereka</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Urupapuro:</translation>
    </message>
    <message>
        <source>The receipt could not be written. Check the folder or printer, then try again.</source>
        <translation>Inyemezabwishyu ntiyashoboye kwandikwa. Genzura ububiko cyangwa icapiro, hanyuma wongere ugerageze.</translation>
    </message>
</context>
<context>
    <name>ReceiptFiles</name>
    <message>
        <source>Cash-up {day}.pdf</source>
        <translation>Ibarura rya kasi {day}.pdf</translation>
    </message>
    <message>
        <source>Receipt {number}.pdf</source>
        <translation>Inyemezabwishyu {number}.pdf</translation>
    </message>
    <message>
        <source>Refund {number}.pdf</source>
        <translation>Isubizwa {number}.pdf</translation>
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
        <translation>Ubucuruzi n'inyemezabwishyu</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>Izina abakiriya bawe bazi</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Umuhanda, umujyi</translation>
    </message>
    <message>
        <source>Folder for PDF receipts</source>
        <translation>Ububiko bw'inyemezabwishyu za PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
    <message>
        <source>Logo on receipts</source>
        <translation>Ikirango ku nyemezabwishyu</translation>
    </message>
    <message>
        <source>Choose a logo for receipts</source>
        <translation>Hitamo ikirango cy'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kuraho</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Kuraho ikirango</translation>
    </message>
    <message>
        <source>Logo problem</source>
        <translation>Ikibazo cy'ikirango</translation>
    </message>
    <message>
        <source>Print automatically when paid</source>
        <translation>Capa byikora iyo byishyuwe</translation>
    </message>
    <message>
        <source>Printed on every receipt. Paper and printer apply to Print and to automatic printing.</source>
        <translation>Bicapwa kuri buri nyemezabwishyu. Urupapuro n'icapiro bikoreshwa kuri Capa no ku gucapa byikora.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Izina ry'ubucuruzi</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Telefone y'ubucuruzi</translation>
    </message>
    <message>
        <source>Business email</source>
        <translation>Imeri y'ubucuruzi</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Aderesi y'ubucuruzi</translation>
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
        <source>No logo</source>
        <translation>Nta kirango</translation>
    </message>
    <message>
        <source>Logo for receipts</source>
        <translation>Ikirango cy'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Amafoto (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Dollr Desktop cannot read this file as a picture. Choose a PNG or JPEG file.</source>
        <translation>Dollr Desktop ntishobora gusoma iyi dosiye nk'ifoto. Hitamo dosiye ya PNG cyangwa JPEG.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Aderesi</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Umucuruzi</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Ikirango</translation>
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
        <translation>Hitamo ububiko bw'inyemezabwishyu za PDF</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Icapiro ry'inyemezabwishyu</translation>
    </message>
    <message>
        <source>Ask every time (no printer chosen)</source>
        <translation>Baza buri gihe (nta capiro ryahiswemo)</translation>
    </message>
    <message>
        <source>Save as PDF in a folder</source>
        <translation>Bika nka PDF mu bubiko</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (ntibihujwe)</translation>
    </message>
</context>
<context>
    <name>RecipientBox</name>
    <message>
        <source>Recipient</source>
        <translation>Uwishyurwa</translation>
    </message>
    <message>
        <source>Type a supplier's or employee's name or phone</source>
        <translation>Andika izina cyangwa telefone y'umutanga-bicuruzwa cyangwa y'umukozi</translation>
    </message>
    <message>
        <source>New recipient…</source>
        <translation>Uwishyurwa mushya…</translation>
    </message>
    <message>
        <source>Create a new recipient</source>
        <translation>Ongeraho uwishyurwa mushya</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Uwishyurwa mushya</translation>
    </message>
    <message>
        <source>New recipient's full name</source>
        <translation>Amazina yose y'uwishyurwa mushya</translation>
    </message>
    <message>
        <source>New recipient's relationship</source>
        <translation>Isano n'uwishyurwa mushya</translation>
    </message>
    <message>
        <source>Create recipient</source>
        <translation>Ongeraho uwishyurwa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel the new recipient</source>
        <translation>Reka uwishyurwa mushya</translation>
    </message>
    <message>
        <source>Their mobile-money number is the one under “Mobile money” below.</source>
        <translation>Nomero ye ya Mobile Money ni iyanditse munsi ya “Mobile money” hepfo.</translation>
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
        <source>Type the recipient's name.</source>
        <translation>Andika izina ry'uwishyurwa.</translation>
    </message>
    <message>
        <source>Type their mobile-money number below.</source>
        <translation>Andika nomero ye ya Mobile Money hasi aha.</translation>
    </message>
    <message>
        <source>Creating the recipient…</source>
        <translation>Kwandika uwishyurwa…</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund {document}</source>
        <translation>Subiza amafaranga ya {document}</translation>
    </message>
    <message>
        <source>Refund a payment</source>
        <translation>Subiza ubwishyu</translation>
    </message>
    <message>
        <source>What was paid and what is left to refund</source>
        <translation>Ibyishyuwe n'ibisigaye gusubizwa</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Amafaranga yo gusubiza</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Ikibazo ku mafaranga</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Impamvu yo gusubiza amafaranga</translation>
    </message>
    <message>
        <source>For example: item returned</source>
        <translation>Urugero: igicuruzwa cyagaruwe</translation>
    </message>
    <message>
        <source>Where to find the payment intent id</source>
        <translation>Aho wabona nomero ya payment intent</translation>
    </message>
    <message>
        <source>Payment intent id</source>
        <translation>Nomero ya payment intent</translation>
    </message>
    <message>
        <source>Problem with the payment intent id</source>
        <translation>Ikibazo kuri nomero ya payment intent</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>Uko gusubiza amafaranga bihagaze</translation>
    </message>
    <message>
        <source>Refund {amount}</source>
        <translation>Subiza {amount}</translation>
    </message>
    <message>
        <source>Give the refund</source>
        <translation>Subiza amafaranga</translation>
    </message>
    <message>
        <source>Receipt PDF (page)…</source>
        <translation>Inyemezabwishyu PDF (urupapuro)…</translation>
    </message>
    <message>
        <source>Save the refund receipt as a page PDF</source>
        <translation>Bika inyemezabwishyu yo gusubiza amafaranga nka PDF y'urupapuro</translation>
    </message>
    <message>
        <source>Receipt PDF (till roll)…</source>
        <translation>Inyemezabwishyu PDF (ya kasi)…</translation>
    </message>
    <message>
        <source>Save the refund receipt as a till roll PDF</source>
        <translation>Bika inyemezabwishyu yo gusubiza amafaranga nka PDF ya kasi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the refund window</source>
        <translation>Funga idirishya ryo gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Amafaranga ({currency})</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Impamvu</translation>
    </message>
    <message>
        <source>{customer} paid {paid}. Already refunded: {refunded}. Left to refund: {left}.</source>
        <translation>{customer} yishyuye {paid}. Ayamaze gusubizwa: {refunded}. Asigaye gusubizwa: {left}.</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Umukiriya</translation>
    </message>
    <message>
        <source>Sending the refund to Dollr…</source>
        <translation>Turohereza isubizwa ry'amafaranga kuri Dollr…</translation>
    </message>
    <message>
        <source>Refunded {amount}. The money is on its way back to the customer's wallet.</source>
        <translation>{amount} yasubijwe. Amafaranga ari mu nzira asubira kuri konti y'umukiriya.</translation>
    </message>
    <message>
        <source>Dollr never received this refund: nothing was given back. You may try again.</source>
        <translation>Dollr ntiyigeze yakira iri subizwa: nta mafaranga yasubijwe. Ushobora kongera kugerageza.</translation>
    </message>
    <message>
        <source>The answer was lost; checking with Dollr (the refund is never sent twice)…</source>
        <translation>Igisubizo cyabuze; turagenzura kuri Dollr (amafaranga ntasubizwa kabiri)…</translation>
    </message>
    <message>
        <source>Refund of {amount} in progress…</source>
        <translation>Gusubiza {amount} birakorwa…</translation>
    </message>
    <message>
        <source>Save the refund receipt as PDF</source>
        <translation>Bika inyemezabwishyu yo gusubiza amafaranga nka PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Dosiye za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt could not be saved: {reason}</source>
        <translation>Inyemezabwishyu ntiyashoboye kubikwa: {reason}</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>Inyemezabwishyu yabitswe: {path}</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Refund</source>
        <translation>Gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Refund message</source>
        <translation>Ubutumwa bwo gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Only the owner can give refunds. Ask the owner to sign in.</source>
        <translation>Nyir'ubucuruzi wenyine ni we ushobora gusubiza amafaranga. Musabe yinjire.</translation>
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
        <translation>Yasubijwe ubu</translation>
    </message>
    <message>
        <source>Refunded in all</source>
        <translation>Yasubijwe yose hamwe</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Asigaye</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Impamvu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Itariki</translation>
    </message>
    <message>
        <source>Operator reference</source>
        <translation>Indango ya sosiyete y'itumanaho</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Indango</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Inyemezabwishyu yo gusubiza amafaranga</translation>
    </message>
    <message>
        <source>Only a paid payment can be refunded.</source>
        <translation>Ubwishyu bwishyuwe ni bwo bwonyine bushobora gusubizwa.</translation>
    </message>
    <message>
        <source>Type the amount to give back, in figures (for example 12.50).</source>
        <translation>Andika amafaranga yo gusubiza mu mibare (urugero 12.50).</translation>
    </message>
    <message>
        <source>The amount to give back must be more than zero.</source>
        <translation>Amafaranga yo gusubiza agomba kurenza zeru.</translation>
    </message>
    <message>
        <source>{currency} cannot have that many decimals.</source>
        <translation>{currency} ntiyemera imibare myinshi ityo nyuma y'akitso.</translation>
    </message>
    <message>
        <source>That is more than is left to refund: at most {amount}.</source>
        <translation>Ibyo birenze ibisigaye gusubizwa: ntibirenze {amount}.</translation>
    </message>
    <message>
        <source>A refund of this payment is still on its way. Wait until it is settled before giving more back.</source>
        <translation>Isubizwa ry'amafaranga y'ubu bwishyu riracyari mu nzira. Tegereza ko rirangira mbere yo gusubiza andi.</translation>
    </message>
    <message>
        <source>Dollr needs this payment's intent id. Find the payment in the Dollr merchant portal (Payments, open the payment) and copy its payment intent id: a number such as 90012.</source>
        <translation>Dollr ikeneye nomero ya payment intent y'ubu bwishyu. Shaka ubwishyu ku rubuga rw'abacuruzi rwa Dollr (Payments, fungura ubwishyu) maze ukoporore nomero yabwo ya payment intent: umubare nka 90012.</translation>
    </message>
    <message>
        <source>A payment intent id is a number only, such as 90012. Copy it from the Dollr merchant portal.</source>
        <translation>Nomero ya payment intent igizwe n'imibare gusa, nka 90012. Yikoporore ku rubuga rw'abacuruzi rwa Dollr.</translation>
    </message>
    <message>
        <source>Dollr does not know that payment intent id ({reason}). Check it in the merchant portal. Nothing was refunded.</source>
        <translation>Dollr ntizi iyo nomero ya payment intent ({reason}). Yigenzure ku rubuga rw'abacuruzi. Nta mafaranga yasubijwe.</translation>
    </message>
    <message>
        <source>Dollr refused this amount: {reason}. Nothing was refunded.</source>
        <translation>Dollr yanze aya mafaranga: {reason}. Nta mafaranga yasubijwe.</translation>
    </message>
    <message>
        <source>Dollr refused the refund: {reason}. Nothing was refunded.</source>
        <translation>Dollr yanze gusubiza amafaranga: {reason}. Nta mafaranga yasubijwe.</translation>
    </message>
    <message>
        <source>Dollr does not allow refunds on this account yet: {reason}</source>
        <translation>Dollr ntiremerera iyi konti gusubiza amafaranga: {reason}</translation>
    </message>
    <message>
        <source>Your Dollr wallet did not have enough money for this refund. Nothing was given back.</source>
        <translation>Konti yawe ya Dollr ntiyari ifite amafaranga ahagije yo gusubiza. Nta mafaranga yasubijwe.</translation>
    </message>
    <message>
        <source>The refund failed. Nothing was given back.</source>
        <translation>Gusubiza amafaranga byanze. Nta mafaranga yasubijwe.</translation>
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
        <translation>Ugenerwabikorwa</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Utanga serivisi</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Umufatanyabikorwa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Umuntu</translation>
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
        <translation>Umuterankunga</translation>
    </message>
    <message>
        <source>Donee</source>
        <translation>Uhabwa impano</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Njye ubwanjye</translation>
    </message>
</context>
<context>
    <name>ReminderMessage</name>
    <message>
        <source>Hello {customer}, a reminder from {merchant}: {number} for {amount} was due on {due}. You can pay it here: {url}</source>
        <translation>Muraho {customer}, ubutumwa bwibutsa buturutse kuri {merchant}: {number} ingana na {amount} yagombaga kwishyurwa ku wa {due}. Mushobora kuyishyura hano: {url}</translation>
    </message>
    <message>
        <source>Hello {customer}, a reminder from {merchant}: {number} for {amount} is due on {due}. You can pay it here: {url}</source>
        <translation>Muraho {customer}, ubutumwa bwibutsa buturutse kuri {merchant}: {number} ingana na {amount} igomba kwishyurwa bitarenze {due}. Mushobora kuyishyura hano: {url}</translation>
    </message>
    <message>
        <source>Hello {customer}, {merchant} sent you {number} for {amount}, due on {due}. You can pay it here: {url}</source>
        <translation>Muraho {customer}, {merchant} yaboherereje {number} ingana na {amount}, igomba kwishyurwa bitarenze {due}. Mushobora kuyishyura hano: {url}</translation>
    </message>
    <message>
        <source>Payment reminder: {number}</source>
        <translation>Kwibutsa kwishyura: {number}</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <source>Repeat {number}</source>
        <translation>Subiramo {number}</translation>
    </message>
    <message>
        <source>Repeat window</source>
        <translation>Idirishya ryo gusubiramo</translation>
    </message>
    <message>
        <source>The app makes and publishes a new bill for {customer} on each date, with the same items and fees, and prepares its payment link. The customer approves every payment.</source>
        <translation>Porogaramu ikora kandi igatangaza fagitire nshya ya {customer} kuri buri tariki, ifite ibicuruzwa n'amafaranga ya serivisi bimwe, kandi igategura ihuza ryayo ryo kwishyura. Umukiriya yemeza buri bwishyu.</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Subiramo buri</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Buri cyumweru</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Buri kwezi</translation>
    </message>
    <message>
        <source>Every term (4 months)</source>
        <translation>Buri gihembwe (amezi 4)</translation>
    </message>
    <message>
        <source>First new bill on</source>
        <translation>Fagitire nshya ya mbere ku wa</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Kugeza</translation>
    </message>
    <message>
        <source>Repeat until a date</source>
        <translation>Subiramo kugeza ku itariki</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Itariki ya nyuma</translation>
    </message>
    <message>
        <source>Number of bills</source>
        <translation>Umubare wa fagitire</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Subiramo inshuro runaka</translation>
    </message>
    <message>
        <source>Problem with the schedule</source>
        <translation>Ikibazo kuri gahunda</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Subiramo</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Bika gahunda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>The first new bill must be after today: this document is today's bill.</source>
        <translation>Fagitire nshya ya mbere igomba kuba nyuma y'uyu munsi: iyi nyandiko ni yo fagitire y'uyu munsi.</translation>
    </message>
    <message>
        <source>The last date must not be before the first new bill.</source>
        <translation>Itariki ya nyuma ntigomba kuba mbere ya fagitire nshya ya mbere.</translation>
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
        <translation>Igihe ntikiragera</translation>
    </message>
    <message>
        <source>0–30 days late</source>
        <translation>Byakerewe iminsi 0–30</translation>
    </message>
    <message>
        <source>31–60 days late</source>
        <translation>Byakerewe iminsi 31–60</translation>
    </message>
    <message>
        <source>61–90 days late</source>
        <translation>Byakerewe iminsi 61–90</translation>
    </message>
    <message>
        <source>More than 90 days late</source>
        <translation>Byakerewe iminsi irenga 90</translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <source>Only the owner exports the books.</source>
        <translation>Nyir'ubucuruzi wenyine ni we wohereza hanze ibitabo by'ibaruramari.</translation>
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
        <translation>Raporo kuva</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Raporo kugeza</translation>
    </message>
    <message>
        <source>Takings grouped</source>
        <translation>Ibyinjiye bikusanyijwe</translation>
    </message>
    <message>
        <source>Report currency</source>
        <translation>Ifaranga rya raporo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vugurura</translation>
    </message>
    <message>
        <source>Refresh the reports</source>
        <translation>Vugurura raporo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ohereza hanze…</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Ohereza hanze mu mbonerahamwe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kugeza</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Incamake ya raporo</translation>
    </message>
    <message>
        <source>Takings table</source>
        <translation>Imbonerahamwe y'ibyinjiye</translation>
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
        <source>Refunded</source>
        <translation>Byasubijwe</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bisigaye</translation>
    </message>
    <message>
        <source>Takings chart</source>
        <translation>Igishushanyo cy'ibyinjiye</translation>
    </message>
    <message>
        <source>Methods table</source>
        <translation>Imbonerahamwe y'uburyo bwo kwishyura</translation>
    </message>
    <message>
        <source>Method and operator</source>
        <translation>Uburyo na sosiyete</translation>
    </message>
    <message>
        <source>Fees paid by customers</source>
        <translation>Amafaranga ya serivisi yishyuwe n'abakiriya</translation>
    </message>
    <message>
        <source>Fees paid by you</source>
        <translation>Amafaranga ya serivisi wishyuye</translation>
    </message>
    <message>
        <source>Methods chart</source>
        <translation>Igishushanyo cy'uburyo bwo kwishyura</translation>
    </message>
    <message>
        <source>Fees table</source>
        <translation>Imbonerahamwe y'amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ikiguzi</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Uwishyuye</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amafaranga</translation>
    </message>
    <message>
        <source>Fees chart</source>
        <translation>Igishushanyo cy'amafaranga ya serivisi</translation>
    </message>
    <message>
        <source>Outstanding table</source>
        <translation>Imbonerahamwe y'ibitarishyurwa</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Ubukererwe</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Inyandiko</translation>
    </message>
    <message>
        <source>Outstanding chart</source>
        <translation>Igishushanyo cy'ibitarishyurwa</translation>
    </message>
    <message>
        <source>Top customers table</source>
        <translation>Imbonerahamwe y'abakiriya ba mbere</translation>
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
        <translation>Igishushanyo cy'abakiriya ba mbere</translation>
    </message>
    <message>
        <source>Payouts table</source>
        <translation>Imbonerahamwe yo kwishyura abandi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Uwishyurwa</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Kwishyura abandi</translation>
    </message>
    <message>
        <source>Payouts chart</source>
        <translation>Igishushanyo cyo kwishyura abandi</translation>
    </message>
    <message>
        <source>Refunds table</source>
        <translation>Imbonerahamwe y'amafaranga yasubijwe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Amafaranga yasubijwe</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Yasubijwe</translation>
    </message>
    <message>
        <source>Refunds chart</source>
        <translation>Igishushanyo cy'amafaranga yasubijwe</translation>
    </message>
    <message>
        <source>Report tabs</source>
        <translation>Ibice bya raporo</translation>
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
        <translation>Abakiriya ba mbere</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nta kintu muri iki gihe.</translation>
    </message>
    <message>
        <source>week of {day}</source>
        <translation>icyumweru cya {day}</translation>
    </message>
    <message>
        <source>{count} payments received, {net} net, {first} – {last}</source>
        <translation>Ubwishyu {count} bwakiriwe, {net} nyuma y'ikiguzi, {first} – {last}</translation>
    </message>
    <message>
        <source>{amount} given back in refunds (already out of the net)</source>
        <translation>{amount} yasubijwe abakiriya (yamaze gukurwa mu yasigaye)</translation>
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
        <translation>Garura amakuru muri kopi</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Dosiye ya kopi</translation>
    </message>
    <message>
        <source>A .dollrbackup file</source>
        <translation>Dosiye ya .dollrbackup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Hitamo…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Hitamo dosiye ya kopi</translation>
    </message>
    <message>
        <source>Password of this backup</source>
        <translation>Ijambo ry'ibanga ry'iyi kopi</translation>
    </message>
    <message>
        <source>Problem with this backup</source>
        <translation>Ikibazo kuri iyi kopi</translation>
    </message>
    <message>
        <source>Open backup</source>
        <translation>Fungura kopi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Dosiye ya kopi:</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>Ijambo ryayo ry'ibanga:</translation>
    </message>
    <message>
        <source>This backup holds:</source>
        <translation>Iyi kopi irimo:</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Ibiri muri kopi</translation>
    </message>
    <message>
        <source>Restoring replaces the journal, documents, contacts and settings on this computer with the backup's. Your current data is backed up first, with this backup's password, in the backups folder. Payments still open in the backup are then checked with Dollr: none is sent twice.</source>
        <translation>Kugarura bisimbuza igitabo cy'ubwishyu, inyandiko, abantu n'igenamiterere biri kuri iyi mudasobwa ibiri muri kopi. Amakuru yawe y'ubu abanza kubikwa, hakoreshejwe ijambo ry'ibanga ry'iyi kopi, mu bubiko bwa kopi. Hanyuma ubwishyu bukiri gukorwa muri kopi bugenzurwa kuri Dollr: nta na bumwe bwoherezwa kabiri.</translation>
    </message>
    <message>
        <source>What restoring does</source>
        <translation>Icyo kugarura bikora</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Subira inyuma</translation>
    </message>
    <message>
        <source>Back to the file and password</source>
        <translation>Subira kuri dosiye n'ijambo ry'ibanga</translation>
    </message>
    <message>
        <source>Replace my data with this backup</source>
        <translation>Simbuza amakuru yanjye iyi kopi</translation>
    </message>
    <message>
        <source>Checking the backup and saving your current data…</source>
        <translation>Turagenzura kopi kandi tubika amakuru yawe y'ubu…</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Aho kugarura bigeze</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Reka kugarura</translation>
    </message>
    <message>
        <source>Dollr Desktop backups (*.dollrbackup)</source>
        <translation>Kopi za Dollr Desktop (*.dollrbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Dosiye zose (*)</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Banza uhitemo dosiye ya kopi.</translation>
    </message>
    <message>
        <source>Type the password this backup was made with.</source>
        <translation>Andika ijambo ry'ibanga iyi kopi yakozwe na ryo.</translation>
    </message>
    <message>
        <source>Restore cancelled. Nothing was changed.</source>
        <translation>Kugarura byahagaritswe. Nta cyahinduwe.</translation>
    </message>
    <message>
        <source>Replacing the data and opening it…</source>
        <translation>Turasimbuza amakuru kandi tuyafungura…</translation>
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
        <translation>Ikiguzi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Nomero y'indango</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Isaha</translation>
    </message>
    <message>
        <source>{count} paid, {amount}</source>
        <translation>{count} bishyuwe, {amount}</translation>
    </message>
    <message>
        <source>Payout run “{name}”: results</source>
        <translation>Urutonde rwo kwishyura “{name}”: ibisubizo</translation>
    </message>
    <message>
        <source>Run {id} · {state} · approved {approved} · finished {finished}</source>
        <translation>Urutonde {id} · {state} · rwemejwe {approved} · rwarangiye {finished}</translation>
    </message>
</context>
<context>
    <name>RunRows</name>
    <message>
        <source>Pay</source>
        <translation>Ishyura</translation>
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
        <translation>Ishyura kabiri</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ibibazo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Ikiguzi</translation>
    </message>
    <message>
        <source>Recipient gets</source>
        <translation>Uwishyurwa ahabwa</translation>
    </message>
    <message>
        <source>Debited</source>
        <translation>Ayakuweho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Uko bihagaze</translation>
    </message>
    <message>
        <source>Reference id</source>
        <translation>Nomero y'indango</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Isaha</translation>
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
        <translation>Ifaranga ry'igurisha</translation>
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
        <translation>Ubutumwa bwo gushakisha</translation>
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
        <translation>Gabanyaho kimwe ku gicuruzwa wahisemo</translation>
    </message>
    <message>
        <source>One more of the selected item</source>
        <translation>Ongeraho kimwe ku gicuruzwa wahisemo</translation>
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
        <translation>cyangwa umukiriya wanditse (izina, nomero)</translation>
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
        <translation>Ishyuza na kode ya QR cyangwa ikarita</translation>
    </message>
    <message>
        <source>Sale message</source>
        <translation>Ubutumwa bw'igurisha</translation>
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
        <translation>Ohereza inyemezabwishyu iheruka kuri SMS</translation>
    </message>
    <message>
        <source>WhatsApp (F7)</source>
        <translation>WhatsApp (F7)</translation>
    </message>
    <message>
        <source>Send the last receipt by WhatsApp</source>
        <translation>Ohereza inyemezabwishyu iheruka kuri WhatsApp</translation>
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
        <translation>Nta gicuruzwa cyanditse gihuye na “{text}”.</translation>
    </message>
    <message>
        <source>No saved items in {currency} yet. Add them under Items.</source>
        <translation>Nta bicuruzwa biranditswe mu {currency}. Byongereho muri Ibicuruzwa.</translation>
    </message>
    <message>
        <source>No saved item has the code or name “{text}”.</source>
        <translation>Nta gicuruzwa cyanditse gifite kode cyangwa izina “{text}”.</translation>
    </message>
    <message>
        <source>{names} has no price in {currency}: remove it first, or give it one under Items.</source>
        <translation>{names} nta giciro gifite mu {currency}: banza ukivanemo, cyangwa ugihe igiciro muri Ibicuruzwa.</translation>
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
        <translation>Ifaranga ry'agaseke</translation>
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
        <translation>Umukiriya: {name} (wanditse)</translation>
    </message>
</context>
<context>
    <name>SessionCountdown</name>
    <message>
        <source>Time left to approve</source>
        <translation>Igihe gisigaye cyo kwemeza</translation>
    </message>
    <message>
        <source>Approve within {time} (the session then expires)</source>
        <translation>Emeza mu gihe cya {time} (nyuma yaho igihe kirarangira)</translation>
    </message>
    <message>
        <source>This payout session has expired. Nothing was paid.</source>
        <translation>Igihe cyo kwemeza ubu bwishyu cyarangiye. Nta mafaranga yishyuwe.</translation>
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
        <translation>Konti uriho</translation>
    </message>
    <message>
        <source>Switch to practice mode</source>
        <translation>Jya mu myitozo</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Vugurura ubu</translation>
    </message>
    <message>
        <source>Account in use</source>
        <translation>Konti ikoreshwa</translation>
    </message>
    <message>
        <source>Connect my Dollr account</source>
        <translation>Huza konti yanjye ya Dollr</translation>
    </message>
    <message>
        <source>Check and connect</source>
        <translation>Genzura uhuze</translation>
    </message>
    <message>
        <source>Check the keys and connect</source>
        <translation>Genzura imfunguzo kandi uhuze</translation>
    </message>
    <message>
        <source>Connection check result</source>
        <translation>Ibyavuye mu igenzura ry'ihuza</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Amakuru yawe abitswe muri {folder}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Ububiko bw'amakuru</translation>
    </message>
    <message>
        <source>The keys and addresses this app uses to reach Dollr, practice mode and where your data is kept. You set these up once.</source>
        <translation>Imfunguzo na aderesi iyi porogaramu ikoresha igera kuri Dollr, uburyo bw'imyitozo, n'aho amakuru yawe abikwa. Ibi ubishyiraho rimwe.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ubucuruzi bwawe</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Ururimi n'isura</translation>
    </message>
    <message>
        <source>People and security</source>
        <translation>Abantu n'umutekano</translation>
    </message>
    <message>
        <source>Dollr connection (advanced)</source>
        <translation>Guhuza na Dollr (iby'inzobere)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ibyerekeye</translation>
    </message>
    <message>
        <source>Settings and keys are the owner's. Switch to the owner to change them.</source>
        <translation>Igenamiterere n'imfunguzo ni ibya nyir'ubucuruzi. Hindura ukoresha ushyireho nyir'ubucuruzi kugira ngo abihindure.</translation>
    </message>
    <message>
        <source>Hide the Dollr connection settings</source>
        <translation>Hisha igenamiterere ryo guhuza na Dollr</translation>
    </message>
    <message>
        <source>Show the Dollr connection settings</source>
        <translation>Erekana igenamiterere ryo guhuza na Dollr</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ntabwo uhujwe.</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;Practice mode&lt;/b&gt; with demo money on this computer.</source>
        <translation>Ubu: &lt;b&gt;imyitozo&lt;/b&gt; n'amafaranga y'igeragezwa kuri iyi mudasobwa.</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;Live&lt;/b&gt; account {client_id} at {url}.</source>
        <translation>Ubu: konti &lt;b&gt;nyakuri&lt;/b&gt; {client_id} kuri {url}.</translation>
    </message>
    <message>
        <source>Checking your keys with Dollr…</source>
        <translation>Turagenzura imfunguzo zawe kuri Dollr…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Byahujwe.</translation>
    </message>
    <message>
        <source>Not connected: see the messages above.</source>
        <translation>Ntabwo uhujwe: reba ubutumwa buri hejuru.</translation>
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
        <translation>Umuntu</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>your PIN</source>
        <translation>PIN yawe</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Ubutumwa bwo kwinjira</translation>
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
        <translation>Andika PIN yawe.</translation>
    </message>
    <message>
        <source>You can type the PIN again.</source>
        <translation>Ushobora kongera kwandika PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>PIN zitari zo ni nyinshi. Ongera ugerageze nyuma y'amasegonda {seconds}.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dollr Desktop is already open; its window was brought forward.</source>
        <translation>Dollr Desktop isanzwe ifunguye; idirishya ryayo ryazanywe imbere.</translation>
    </message>
    <message>
        <source>Dollr Desktop is already open on this computer, with the same data. Switch to its window (look in the taskbar), or close it before opening it again.</source>
        <translation>Dollr Desktop isanzwe ifunguye kuri iyi mudasobwa, ifite amakuru amwe. Jya ku idirishya ryayo (reba ku murongo wo hasi wa mugaragaza), cyangwa uyifunge mbere yo kongera kuyifungura.</translation>
    </message>
    <message>
        <source>Dollr Desktop is already open</source>
        <translation>Dollr Desktop isanzwe ifunguye</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Hindura ukoresha</translation>
    </message>
    <message>
        <source>Who is at the computer now?</source>
        <translation>Ni nde uri kuri mudasobwa ubu?</translation>
    </message>
    <message>
        <source>Now: {name}</source>
        <translation>Ubu: {name}</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Nta muntu winjiye.</translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation>Uwinjiye ubu</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Hindura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Reka</translation>
    </message>
    <message>
        <source>Cancel switching user</source>
        <translation>Reka guhindura ukoresha</translation>
    </message>
</context>
<context>
    <name>TaxSettingsBox</name>
    <message>
        <source>Taxes and publishing</source>
        <translation>Imisoro no gutangaza</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Igipimo cy'umusoro</translation>
    </message>
    <message>
        <source>Tax applies</source>
        <translation>Umusoro ureba</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Inyandiko yose</translation>
    </message>
    <message>
        <source>Each item (its own rate)</source>
        <translation>Buri gicuruzwa (igipimo cyacyo)</translation>
    </message>
    <message>
        <source>The prices I type include tax</source>
        <translation>Ibiciro nandika birimo umusoro</translation>
    </message>
    <message>
        <source>Tax number (TIN)</source>
        <translation>Nomero y'umusoro (TIN)</translation>
    </message>
    <message>
        <source>Tax identification number (TIN)</source>
        <translation>Nomero iranga usora (TIN)</translation>
    </message>
    <message>
        <source>Printed on receipts when filled in</source>
        <translation>Icapwa ku nyemezabwishyu iyo yujujwe</translation>
    </message>
    <message>
        <source>Print an EBM receipt reference field (Rwanda)</source>
        <translation>Capa umwanya w'indango ya EBM (U Rwanda)</translation>
    </message>
    <message>
        <source>Ask before publishing an invoice or order</source>
        <translation>Baza mbere yo gutangaza fagitire cyangwa komande</translation>
    </message>
    <message>
        <source>Dollr holds only the lines: the tax is sent as a line of its own and discounts lower the prices, so the customer pays exactly the total shown.</source>
        <translation>Dollr ibika imirongo gusa: umusoro woherezwa nk'umurongo wawo, naho igabanywa rikagabanya ibiciro, bityo umukiriya akishyura neza igiteranyo kigaragara.</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Umusoro</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Bireba</translation>
    </message>
</context>
<context>
    <name>Taxes</name>
    <message>
        <source>VAT 18%</source>
        <translation>TVA 18%</translation>
    </message>
    <message>
        <source>GST 10%</source>
        <translation>GST 10%</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Nta musoro</translation>
    </message>
    <message>
        <source>Rwanda VAT 18%</source>
        <translation>TVA y'u Rwanda 18%</translation>
    </message>
    <message>
        <source>Liberia GST 10%</source>
        <translation>GST ya Liberiya 10%</translation>
    </message>
    <message>
        <source>The discount on the whole document is as large as the lines: make it smaller.</source>
        <translation>Igabanywa ku nyandiko yose ringana n'imirongo yose: rigabanye.</translation>
    </message>
    <message>
        <source>Line {line}: the discount is as large as the line: make it smaller.</source>
        <translation>Umurongo {line}: igabanywa ringana n'umurongo wose: rigabanye.</translation>
    </message>
    <message>
        <source>Line {line}: after discounts and tax nothing is left to charge.</source>
        <translation>Umurongo {line}: nyuma y'igabanywa n'umusoro nta kintu gisigaye cyo kwishyuza.</translation>
    </message>
</context>
<context>
    <name>TillFeature</name>
    <message>
        <source>Asking for the fees…</source>
        <translation>Turabaza amafaranga ya serivisi…</translation>
    </message>
    <message>
        <source>No quote for this number: F9 opens the payment window to choose how the customer pays.</source>
        <translation>Nta giciro cyabonetse kuri iyi nomero: F9 ifungura idirishya ryo kwishyura kugira ngo uhitemo uko umukiriya yishyura.</translation>
    </message>
    <message>
        <source>{operator} (detected) · customer pays {pays} · you receive {receive}. F9 sends the request to their phone.</source>
        <translation>{operator} (yabonetse) · umukiriya yishyura {pays} · wowe wakira {receive}. F9 yohereza ubusabe kuri telefone ye.</translation>
    </message>
    <message>
        <source>The basket is empty: add an item first.</source>
        <translation>Agaseke karimo ubusa: banza wongeremo igicuruzwa.</translation>
    </message>
    <message>
        <source>Type the customer's phone number, or pick a saved customer.</source>
        <translation>Andika nomero ya telefone y'umukiriya, cyangwa uhitemo umukiriya wanditse.</translation>
    </message>
    <message>
        <source>Making the order…</source>
        <translation>Turakora komande…</translation>
    </message>
    <message>
        <source>Not charged: nothing was made. The basket is kept.</source>
        <translation>Ntibyishyujwe: nta cyakozwe. Ibiri mu gaseke byagumyeho.</translation>
    </message>
    <message>
        <source>Sending the payment request…</source>
        <translation>Turohereza ubusabe bwo kwishyura…</translation>
    </message>
    <message>
        <source>{number} made, but no request was sent: check the fees in the payment window and confirm.</source>
        <translation>{number} yakozwe, ariko nta busabe bwoherejwe: genzura amafaranga ya serivisi mu idirishya ryo kwishyura maze wemeze.</translation>
    </message>
    <message>
        <source>{number}: request sent to the customer's phone.</source>
        <translation>{number}: ubusabe bwoherejwe kuri telefone y'umukiriya.</translation>
    </message>
    <message>
        <source>{number} made: collecting {amount}.</source>
        <translation>{number} yakozwe: turakira {amount}.</translation>
    </message>
    <message>
        <source>Paid: {number}.</source>
        <translation>Byishyuwe: {number}.</translation>
    </message>
    <message>
        <source>{number}: paid. Ready for the next sale.</source>
        <translation>{number}: byishyuwe. Witeguye igurisha rikurikira.</translation>
    </message>
    <message>
        <source>No paid sale yet to print a receipt for.</source>
        <translation>Nta gurisha ryishyuwe riraba ngo ucape inyemezabwishyu yaryo.</translation>
    </message>
    <message>
        <source>No paid sale yet to send a receipt for.</source>
        <translation>Nta gurisha ryishyuwe riraba ngo wohereze inyemezabwishyu yaryo.</translation>
    </message>
    <message>
        <source>Getting the receipt…</source>
        <translation>Turazana inyemezabwishyu…</translation>
    </message>
</context>
<context>
    <name>TillSettingsBox</name>
    <message>
        <source>The till</source>
        <translation>Kasi</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Ifaranga risanzwe</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Mugaragaza y'umukiriya</translation>
    </message>
    <message>
        <source>A second window for a screen facing the customer: the basket, the total, the QR code to scan, and “Paid, thank you”.</source>
        <translation>Idirishya rya kabiri rya mugaragaza ireba umukiriya: agaseke, igiteranyo, kode ya QR yo gusoma, na “Byishyuwe, murakoze”.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nta na kimwe</translation>
    </message>
    <message>
        <source>Screen {number}: {name}</source>
        <translation>Mugaragaza {number}: {name}</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (ntibihujwe)</translation>
    </message>
</context>
<context>
    <name>TillWording</name>
    <message>
        <source>name</source>
        <translation>izina</translation>
    </message>
    <message>
        <source>category</source>
        <translation>icyiciro</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>ibiri mu bubiko</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>ibiciro</translation>
    </message>
    <message>
        <source>price in {currency}</source>
        <translation>igiciro mu {currency}</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>Igicuruzwa kigomba kugira izina.</translation>
    </message>
    <message>
        <source>Give the item a price in at least one currency.</source>
        <translation>Ha igicuruzwa igiciro nibura mu ifaranga rimwe.</translation>
    </message>
    <message>
        <source>“{text}” is not a price in {currency}. Type digits, e.g. 150.00.</source>
        <translation>“{text}” si igiciro mu {currency}. Andika imibare, urugero 150.00.</translation>
    </message>
    <message>
        <source>The price in {currency} must be more than zero.</source>
        <translation>Igiciro mu {currency} kigomba kurenza zeru.</translation>
    </message>
    <message>
        <source>{currency} prices cannot have that many decimals.</source>
        <translation>Ibiciro mu {currency} ntibyemera imibare myinshi ityo nyuma y'akitso.</translation>
    </message>
    <message>
        <source>“{text}” is not a stock count: type a whole number, 0 or more, or leave it empty.</source>
        <translation>“{text}” si umubare w'ibiri mu bubiko: andika umubare wuzuye, 0 cyangwa urenga, cyangwa usige ubusa.</translation>
    </message>
    <message>
        <source>Another item already has the code {code}.</source>
        <translation>Hari ikindi gicuruzwa gisanzwe gifite kode {code}.</translation>
    </message>
    <message>
        <source>The code {code} is already used on row {row}.</source>
        <translation>Kode {code} isanzwe ikoreshwa ku murongo wa {row}.</translation>
    </message>
    <message>
        <source>The file's first row must name the columns, with at least “name” and a price column such as “price_LRD”.</source>
        <translation>Umurongo wa mbere wa dosiye ugomba kwandikaho amazina y'inkingi, nibura “name” n'inkingi y'igiciro nka “price_LRD”.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Dosiye ntiyashoboye gusomwa.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problem(s) to fix in the file first.</source>
        <translation>Nta cyinjijwe: banza ukosore ibibazo {count} biri muri dosiye.</translation>
    </message>
    <message>
        <source>{name} has no price in {currency}. Give it one under Items, or change the sale's currency.</source>
        <translation>{name} nta giciro gifite mu {currency}. Gihe igiciro muri Ibicuruzwa, cyangwa uhindure ifaranga ry'igurisha.</translation>
    </message>
    <message>
        <source>The basket is empty: add an item first.</source>
        <translation>Agaseke karimo ubusa: banza wongeremo igicuruzwa.</translation>
    </message>
    <message>
        <source>Type the customer's phone number, or pick a saved customer.</source>
        <translation>Andika nomero ya telefone y'umukiriya, cyangwa uhitemo umukiriya wanditse.</translation>
    </message>
</context>
<context>
    <name>UpdateBanner</name>
    <message>
        <source>Update notice</source>
        <translation>Itangazo ry'ivugurura</translation>
    </message>
    <message>
        <source>Update notice text</source>
        <translation>Inyandiko y'itangazo ry'ivugurura</translation>
    </message>
    <message>
        <source>Get the update</source>
        <translation>Fata ivugurura</translation>
    </message>
    <message>
        <source>Skip this version</source>
        <translation>Simbuka iyi verisiyo</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Unyibutse nyuma</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version} is available&lt;/b&gt; (released {released}; you have {current}). Your data stays as it is; install it when it suits you.</source>
        <translation>&lt;b&gt;{app} {version} irahari&lt;/b&gt; (yasohotse ku wa {released}; ufite {current}). Amakuru yawe aguma uko ari; yishyiremo igihe bikunogeye.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version} is available&lt;/b&gt; (you have {current}). Your data stays as it is; install it when it suits you.</source>
        <translation>&lt;b&gt;{app} {version} irahari&lt;/b&gt; (ufite {current}). Amakuru yawe aguma uko ari; yishyiremo igihe bikunogeye.</translation>
    </message>
</context>
<context>
    <name>WaitingPayoutsBox</name>
    <message>
        <source>Payouts waiting for approval</source>
        <translation>Ubwishyu busohoka butegereje kwemezwa</translation>
    </message>
    <message>
        <source>Prepared payouts</source>
        <translation>Ubwishyu bwateguwe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Uwishyurwa</translation>
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
        <translation>Byateguwe na</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Igihe</translation>
    </message>
    <message>
        <source>Check and approve…</source>
        <translation>Genzura wemeze…</translation>
    </message>
    <message>
        <source>Check and approve the chosen payout</source>
        <translation>Genzura kandi wemeze ubwishyu wahisemo</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Anga</translation>
    </message>
    <message>
        <source>Refuse the chosen payout</source>
        <translation>Anga ubwishyu wahisemo</translation>
    </message>
    <message>
        <source>Waiting for your approval ({n})</source>
        <translation>Bitegereje ko ubyemeza ({n})</translation>
    </message>
    <message>
        <source>Waiting for the owner's approval ({n})</source>
        <translation>Bitegereje kwemezwa na nyir'ubucuruzi ({n})</translation>
    </message>
    <message>
        <source>Prepared by staff. Check each one, then approve it with your Dollr passcode, or refuse it.</source>
        <translation>Byateguwe n'abakozi. Genzura buri bwishyu, hanyuma ubwemeze na kode yawe y'ibanga ya Dollr, cyangwa ubwange.</translation>
    </message>
    <message>
        <source>Only the owner approves payouts: they are paid once the owner approves.</source>
        <translation>Nyir'ubucuruzi wenyine ni we wemeza kwishyura abandi: byishyurwa ari uko amaze kubyemeza.</translation>
    </message>
</context>
<context>
    <name>WaitingStrip</name>
    <message>
        <source>Payments waiting</source>
        <translation>Ubwishyu butegereje</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Bitegereje:</translation>
    </message>
    <message>
        <source>{number} · {amount} · failed</source>
        <translation>{number} · {amount} · byanze</translation>
    </message>
    <message>
        <source>{number} · {amount} · waiting</source>
        <translation>{number} · {amount} · bitegereje</translation>
    </message>
    <message>
        <source>Open the payment of {number}</source>
        <translation>Fungura ubwishyu bwa {number}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Something went wrong ({code}). Nothing was lost; try again, and tell support this code if it happens again.</source>
        <translation>Habaye ikibazo ({code}). Nta cyatakaye; ongera ugerageze, kandi niba byongeye kubaho, bwira abagufasha (support) iyi kode.</translation>
    </message>
    <message>
        <source>Dollr said: {text}</source>
        <translation>Dollr yavuze: {text}</translation>
    </message>
    <message>
        <source>Practice merchant</source>
        <translation>Umucuruzi w'imyitozo</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <source>{step}: {state}</source>
        <translation>{step}: {state}</translation>
    </message>
</context>
</TS>