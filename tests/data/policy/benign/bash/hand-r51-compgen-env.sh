#!/usr/bin/env bash
# show which XDG variables are exported
set -eu
for n in $(compgen -e); do
  case $n in XDG_*) printf '%s=%s\n' "$n" "${!n}";; esac
done
