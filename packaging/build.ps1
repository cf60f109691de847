# Construit l'application en un dossier, dist\inclusion-desktop\, sous Windows (Python 3.11 x64
# installé depuis python.org, avec le lanceur « py »). Depuis le dossier du projet :
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1              # application seule
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Installer   # + installateur Inno Setup
#
# Affiche la taille du dossier et la durée de la construction.
param([switch]$Installer)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "Échec ($LASTEXITCODE) : $Program $($Arguments -join ' ')" }
}

$python = ".venv\Scripts\python.exe"
if (-not (Test-Path $python)) { Invoke-Checked "py" @("-3.11", "-m", "venv", ".venv") }
Invoke-Checked $python @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $python @("-m", "pip", "install", "--quiet", "-e", ".[camera,bundle]")
# Interface translations: resources\translations\*.ts compiled to .qm, collected by the spec.
Invoke-Checked $python @("scripts\build_translations.py")

$watch = [Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\inclusion-desktop.spec")
$watch.Stop()

$bundle = "dist\inclusion-desktop"
$files = Get-ChildItem $bundle -Recurse -File
$size = ($files | Measure-Object -Property Length -Sum).Sum
Write-Output "Application : $bundle\inclusion-desktop.exe (console : inclusion-desktop-cli.exe)"
Write-Output ("Taille : {0:N0} Mo ({1} fichiers)" -f ($size / 1MB), $files.Count)
Write-Output ("Durée de construction : {0:N0} s" -f $watch.Elapsed.TotalSeconds)

if ($Installer) {
    $iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $iscc) { throw "Inno Setup 6 introuvable (ISCC.exe) : installez-le depuis jrsoftware.org." }
    Invoke-Checked $iscc @("packaging\inclusion-desktop.iss")
    Get-ChildItem dist\installer\*.exe | ForEach-Object { Write-Output "Installateur : $($_.FullName)" }
}
