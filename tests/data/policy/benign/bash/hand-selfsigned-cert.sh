#!/usr/bin/env bash
# Ordinary: makes a self-signed development certificate with an OpenSSL
# configuration file it writes itself (subjectAltName for localhost), and
# points OPENSSL_CONF at it.
set -euo pipefail

out=${1:-./certs}
mkdir -p "$out"
cat > "$out/openssl.cnf" <<CNF
[req]
distinguished_name = dn
x509_extensions = ext
prompt = no
[dn]
CN = localhost
[ext]
subjectAltName = DNS:localhost,IP:127.0.0.1
basicConstraints = CA:FALSE
CNF
OPENSSL_CONF="$out/openssl.cnf" openssl req -x509 -newkey rsa:2048 -nodes \
  -days 30 -keyout "$out/dev.key" -out "$out/dev.crt" -config "$out/openssl.cnf"
chmod 600 "$out/dev.key"
openssl x509 -in "$out/dev.crt" -noout -subject -enddate
