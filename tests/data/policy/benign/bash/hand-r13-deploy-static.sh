#!/usr/bin/env bash
# Ordinary: build a static site and deploy it with rsync over ssh to the web
# host, deleting remote files no longer in the build.
set -euo pipefail
host="${DEPLOY_HOST:-deploy@web.example.com}"
path="${DEPLOY_PATH:-/srv/www/site}"
rm -rf public
npm ci --no-audit --no-fund
npm run build
test -f public/index.html || { echo "build produced no index.html" >&2; exit 1; }
rsync -az --delete --exclude '.DS_Store' public/ "$host:$path/"
ssh "$host" "sudo systemctl reload nginx"
echo "deployed to $host:$path"
