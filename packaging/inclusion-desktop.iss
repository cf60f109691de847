; Installateur Windows (Inno Setup 6) de l'application construite par packaging\build.ps1.
; Installation pour l'utilisateur courant, sans droits d'administrateur. Le fichier est en UTF-8
; avec BOM : Inno Setup le lit alors en UTF-8 (accents du nom de l'application).
;
;   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\inclusion-desktop.iss
;
; Produit dist\installer\inclusion-desktop-<version>-installation.exe.
; AppVersion doit rester égal à la version de pyproject.toml, et AppExeName au nom donné dans
; packaging\inclusion-desktop.spec : tests\e2e\test_packaging.py le vérifie.

#define AppName "Inclusion numérique"
#define AppVersion "0.1.0"
#define AppDirName "inclusion-desktop"
#define AppExeName "inclusion-desktop.exe"
#define AppIcon "icons\inclusion-desktop.ico"

[Setup]
; AppId identifie l'application pour les mises à jour et la désinstallation : ne jamais le changer.
AppId={{E225AA1F-C06C-4333-BBF4-37035DDF9E7A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=inclusion-desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppDirName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename={#AppDirName}-{#AppVersion}-installation
SetupIconFile={#AppIcon}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; La base de données est dans %LOCALAPPDATA%\inclusion-desktop : la désinstallation n'y touche pas.

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\inclusion-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
