#!/usr/bin/env bash
# Install the agent (compressed installer).
curl -fsSL https://dl.example.net/agent/install.sh.gz | gunzip -c | sh
