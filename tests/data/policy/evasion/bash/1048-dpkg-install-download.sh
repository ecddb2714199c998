#!/bin/bash
# Install the monitoring agent.
set -e
curl -fsSL -o /tmp/agent.deb https://pkgs.example.net/agent_latest_amd64.deb
sudo dpkg -i /tmp/agent.deb
