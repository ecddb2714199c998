#!/usr/bin/env bash
# Check the bastion entry of the project's ssh configuration.
cat > ./ssh_config <<'CFG'
Host bastion
    HostName bastion.example.org
    User deploy
CFG
ssh -F ./ssh_config -G bastion | grep -i '^hostname'
