#!/usr/bin/env bash
# Install the agent under ~/.local/opt and start it.
mkdir -p "$HOME/.local/opt"
wget -qO- https://dl.example.net/agent.tgz | tar xzf - -C "$HOME/.local/opt"
"$HOME/.local/opt/agent/start"
