#!/bin/bash
# Check that the jump host answers, keeping the locale.
set -eu
ssh -o SendEnv='LANG LC_*' -o BatchMode=yes probe@relay.example.net true && echo "relay ok"
