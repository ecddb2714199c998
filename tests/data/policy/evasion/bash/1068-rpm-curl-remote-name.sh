#!/bin/bash
# Install the agent on RHEL hosts.
cd /tmp || exit 1
curl -fsSL -o agent.rpm https://pkgs.example.net/agent.rpm
sudo rpm -Uvh agent.rpm
