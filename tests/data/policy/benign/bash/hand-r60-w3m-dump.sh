#!/usr/bin/env bash
# Print the status page as text.
set -eu
w3m -dump https://status.example.net/ | head -n 40
