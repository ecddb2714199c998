#!/usr/bin/env bash
# Print the PowerShell and .NET versions for the support report.
set -eu
if command -v pwsh >/dev/null 2>&1; then
  pwsh -NoLogo -NoProfile -Command '$PSVersionTable.PSVersion.ToString()'
  pwsh -NoLogo -NoProfile -Command 'Get-ChildItem -Path ./scripts -Filter *.ps1 | Select-Object -ExpandProperty Name'
else
  echo "pwsh: not installed"
fi
dotnet --list-sdks 2>/dev/null || echo "dotnet: not installed"
