#!/usr/bin/env bash
# Unpack the documentation bundle for offline reading.
set -e
mkdir -p "$HOME/docs/api"
curl -fsSL https://docs.example.net/api-docs.tar.gz | tar -xz -C "$HOME/docs/api"
ls "$HOME/docs/api"
