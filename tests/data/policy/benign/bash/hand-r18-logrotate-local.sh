#!/bin/bash
# Rotate the application's logs with a private state file.
set -eu
dir="./logs"
cat > "$dir/rotate.conf" <<CONF
$dir/app.log {
    rotate 5
    compress
    postrotate
        kill -HUP \$(cat $dir/app.pid)
    endscript
}
CONF
logrotate -s "$dir/state" "$dir/rotate.conf"
