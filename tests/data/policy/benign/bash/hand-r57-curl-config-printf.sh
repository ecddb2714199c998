#!/usr/bin/env bash
# Fetch the data set through a settings file.
set -eu
cfg=$(mktemp)
dst=/tmp/dataset.csv
printf 'url = "%s"\noutput = "%s"\nsilent\n' "https://data.example.org/d.csv" "$dst" >"$cfg"
curl -K "$cfg"
wc -l "$dst"
rm -f "$cfg"
