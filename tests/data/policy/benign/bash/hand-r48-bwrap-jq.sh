#!/usr/bin/env bash
# Pretty-print the status feed with no network and a read-only root.
set -e
curl -fsSL https://status.example.com/api/v2/summary.json |
  bwrap --ro-bind / / --dev /dev --unshare-net jq '.components[] | .name'
