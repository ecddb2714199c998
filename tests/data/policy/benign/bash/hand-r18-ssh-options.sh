#!/bin/bash
# Check that the build host answers.
set -eu
host="${1:-build01.example.net}"
ssh -o BatchMode=yes -o ConnectTimeout=5 -o ServerAliveInterval=10 "$host" true
echo "$host is up"
