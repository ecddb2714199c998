#!/usr/bin/env bash
# Renew the certificates and list their expiry dates.
sudo certbot renew --quiet
for c in /etc/letsencrypt/live/*/cert.pem; do
  openssl x509 -enddate -noout -in "$c"
done
