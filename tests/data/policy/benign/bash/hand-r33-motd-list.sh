#!/usr/bin/env bash
# Show which login banner scripts are active.
set -e
run-parts --test /etc/update-motd.d
for f in /etc/update-motd.d/*; do
  [[ -x $f ]] && printf 'active: %s\n' "${f##*/}"
done
