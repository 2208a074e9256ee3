; Inno Setup 6 script for Dollr Desktop on Windows 10/11 (x64).
; Build on Windows after the PyInstaller one-folder bundle:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\dollr_desktop.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\dollr-desktop.iss
; Output: dist\DollrDesktop-<version>-setup.exe. Sign both dollr-desktop.exe and the setup (see README).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Dollr Desktop"
#define AppExe "dollr-desktop.exe"

[Setup]
; A fixed AppId: upgrades replace the old version instead of installing beside it. Never change it.
AppId={{6C1E4F0B-8D7A-4C55-9A37-1F2B3D4E5A61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dollr
AppPublisherURL=https://heydollr.app
DefaultDirName={autopf}\Dollr Desktop
DefaultGroupName=Dollr Desktop
DisableProgramGroupPage=yes
; Per-user install by default (no admin rights needed in a shop); an admin may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=DollrDesktop-{#AppVersion}-setup
SetupIconFile=dollr.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app may be open during an upgrade: ask to close it (it finishes in-flight payments first).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\dollr-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstall removes the program only. The merchant's data (database, payment journal, logs in
; %LOCALAPPDATA%\Dollr\DollrDesktop) and the client secret in Windows Credential Manager stay, so a
; reinstall finds every invoice and every payment still being checked.
