#!/usr/bin/env bash
# Deploy the built site to the web hosts listed in DEPLOY_HOSTS with rsync
# over ssh, then reload the service. The key comes from the CI secret store.
set -euo pipefail

: "${DEPLOY_HOSTS:?space-separated list of hosts}"
: "${DEPLOY_USER:=deploy}"
: "${DEPLOY_PATH:=/srv/www/site}"
key_file="${DEPLOY_KEY_FILE:-}"
build_dir="${BUILD_DIR:-dist}"
dry_run="${DRY_RUN:-0}"

[[ -d "$build_dir" ]] || { echo "no $build_dir; run the build first" >&2; exit 1; }

ssh_opts=(-o BatchMode=yes -o ConnectTimeout=10 -o StrictHostKeyChecking=accept-new)
if [[ -n "$key_file" ]]; then
	ssh_opts+=(-i "$key_file")
fi

rsync_opts=(-az --checksum --exclude '.DS_Store')
if [[ "$dry_run" == 1 ]]; then
	rsync_opts+=(--dry-run --itemize-changes)
fi

release="$(date -u +%Y%m%d%H%M%S)"
failed=()

for host in $DEPLOY_HOSTS; do
	echo "==> $host"
	target="$DEPLOY_USER@$host"
	if ! ssh "${ssh_opts[@]}" "$target" "mkdir -p '$DEPLOY_PATH/releases/$release'"; then
		failed+=("$host")
		continue
	fi
	if ! rsync "${rsync_opts[@]}" -e "ssh ${ssh_opts[*]}" \
		"$build_dir/" "$target:$DEPLOY_PATH/releases/$release/"; then
		failed+=("$host")
		continue
	fi
	[[ "$dry_run" == 1 ]] && continue
	ssh "${ssh_opts[@]}" "$target" \
		"ln -sfn '$DEPLOY_PATH/releases/$release' '$DEPLOY_PATH/current' && sudo systemctl reload nginx"
done

if ((${#failed[@]})); then
	echo "deploy failed on: ${failed[*]}" >&2
	exit 1
fi
echo "release $release deployed"
