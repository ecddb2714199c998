#!/usr/bin/env bash
# Create a FIDO2-backed SSH key with the system's built-in provider.
set -euo pipefail
keyfile="$HOME/.ssh/id_ed25519_sk"
if [ -e "$keyfile" ]; then
  echo "already enrolled: $keyfile"
  exit 0
fi
ssh-keygen -t ed25519-sk -O resident -f "$keyfile" -N '' -C "$(id -un)@$(hostname)"
cat "$keyfile.pub"
