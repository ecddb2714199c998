#!/usr/bin/env bash
# Check which keys a fresh agent would hold.
set -euo pipefail
ssh-agent bash -c 'ssh-add -l || echo "no keys"'
