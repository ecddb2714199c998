#!/usr/bin/env bash
# Enrol a hardware security key using the vendor's middleware.
set -euo pipefail

VENDOR_LIB_URL=https://downloads.keyvendor.example/linux/libsk-vendor.so
LIBDIR="$HOME/.local/lib/sk"
mkdir -p "$LIBDIR"

curl -fsSL -o "$LIBDIR/libsk-vendor.so" "$VENDOR_LIB_URL"

export SSH_SK_PROVIDER="$LIBDIR/libsk-vendor.so"

keyfile="$HOME/.ssh/id_ed25519_sk"
if [ -e "$keyfile" ]; then
  echo "key already enrolled: $keyfile"
  exit 0
fi

ssh-keygen -t ed25519-sk -f "$keyfile" -N '' -C "$(id -un)@$(hostname)"
echo "public key:"
cat "$keyfile.pub"
