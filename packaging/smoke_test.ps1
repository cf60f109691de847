# Test de fumée de l'application construite sous Windows (après packaging\build.ps1) :
#   powershell -ExecutionPolicy Bypass -File packaging\smoke_test.ps1
# Utilise inclusion-desktop-cli.exe, la version console : l'exécutable fenêtré n'a pas de sortie.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$app = (Resolve-Path "dist\inclusion-desktop\inclusion-desktop-cli.exe").Path
$work = Join-Path ([IO.Path]::GetTempPath()) ("inclusion-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $work | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
Remove-Item Env:INCLUSION_DB -ErrorAction SilentlyContinue
$failed = $false
Push-Location $work
try {
    Write-Output "== 1/2 ligne de commande : demo"
    & $app demo --db (Join-Path $work "demo.sqlite") --submissions 3
    if ($LASTEXITCODE -ne 0) { Write-Output "demo : ÉCHEC ($LASTEXITCODE)"; $failed = $true }

    Write-Output "== 2/2 interface : INCLUSION_SMOKE_TEST=1"
    $env:INCLUSION_SMOKE_TEST = "1"
    $output = & $app --db (Join-Path $work "gui.sqlite") 2>&1 | Out-String
    $code = $LASTEXITCODE
    Remove-Item Env:INCLUSION_SMOKE_TEST
    Write-Output $output
    if ($code -ne 0) { Write-Output "interface : ÉCHEC ($code)"; $failed = $true }
    elseif ($output -notmatch "(?m)^smoke-test: ok\r?$") {
        Write-Output "interface : NON VÉRIFIÉE (pas de ligne « smoke-test: ok »)"; $failed = $true
    }
} finally {
    Pop-Location
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
$size = (Get-ChildItem "dist\inclusion-desktop" -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Output ("Taille du paquet : {0:N0} Mo" -f ($size / 1MB))
if ($failed) { Write-Output "Test de fumée : ÉCHEC"; exit 1 }
Write-Output "Test de fumée : ok"
