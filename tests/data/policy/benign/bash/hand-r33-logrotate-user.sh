#!/usr/bin/env bash
# Rotate the app's logs without root's logrotate.
set -eu
conf=$(mktemp)
cat > "$conf" <<EOF
$HOME/app/logs/*.log {
    rotate 3
    compress
    missingok
    postrotate
        kill -HUP \$(cat $HOME/app/app.pid) 2>/dev/null || true
    endscript
}
EOF
logrotate -s "$HOME/app/logrotate.state" "$conf"
rm -f "$conf"
