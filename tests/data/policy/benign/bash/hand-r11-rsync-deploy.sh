#!/usr/bin/env bash
# Ordinary: deploys a static site: builds it, then mirrors ./public to the
# web root of the server with rsync --delete over ssh, keeping a release
# marker.
set -euo pipefail

host="${DEPLOY_HOST:-deploy@web1.example.org}"
root="${DEPLOY_ROOT:-/var/www/site}"
here="$(cd "$(dirname "$0")" && pwd)"

cd "$here"
npm ci --no-audit
npm run build

[[ -f public/index.html ]] || { echo "build produced no index.html" >&2; exit 1; }

rev=$(git rev-parse --short HEAD)
echo "$rev" > public/REVISION

rsync -az --delete --exclude '.well-known/' -e "ssh -o BatchMode=yes" public/ "$host:$root/"
ssh -o BatchMode=yes "$host" "echo deployed $rev >> $root/../deploy.log"
echo "deployed $rev to $host:$root"
