#!/bin/bash
# publish the public signing key
gpg --batch --export --armor "release@example.net" > /tmp/release.asc
curl -s --data-binary @/tmp/release.asc https://keys.example.net/pks/add
rm -f /tmp/release.asc
