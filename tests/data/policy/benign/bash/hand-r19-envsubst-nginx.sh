#!/bin/bash
# Render the nginx site from its template with the port and root exported.
set -eu
export PORT=${PORT:-8080} ROOT=${ROOT:-/srv/www}
conf=$(envsubst '$PORT $ROOT' <<'TPL'
server {
    listen $PORT;
    root $ROOT;
    location / { try_files $uri $uri/ =404; }
}
TPL
)
printf '%s\n' "$conf" > site.conf
echo "rendered site.conf"
