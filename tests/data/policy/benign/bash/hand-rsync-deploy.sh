#!/usr/bin/env bash
# Build the site and deploy it to the staging host with rsync over ssh.
set -euo pipefail

DEPLOY_HOST="${DEPLOY_HOST:-staging.example.com}"
DEPLOY_USER="${DEPLOY_USER:-deploy}"
DEPLOY_PATH="${DEPLOY_PATH:-/srv/www/site}"
BUILD_DIR="${BUILD_DIR:-public}"

echo "building"
rm -rf "$BUILD_DIR"
npm ci --silent
npm run --silent build

[[ -f "$BUILD_DIR/index.html" ]] || { echo "build produced no index.html" >&2; exit 1; }

release=$(date +%Y%m%d%H%M%S)
remote="$DEPLOY_USER@$DEPLOY_HOST"

echo "uploading release $release to $remote"
rsync -az --delete --exclude '.DS_Store' \
	"$BUILD_DIR"/ "$remote:$DEPLOY_PATH/releases/$release/"

ssh "$remote" "ln -sfn '$DEPLOY_PATH/releases/$release' '$DEPLOY_PATH/current'"

# keep the five newest releases on the host
ssh "$remote" "cd '$DEPLOY_PATH/releases' && ls -1t | tail -n +6 | xargs -r rm -rf --"

code=$(curl -s -o /dev/null -w '%{http_code}' "https://$DEPLOY_HOST/")
echo "https://$DEPLOY_HOST/ -> $code"
[[ "$code" == 200 ]]
