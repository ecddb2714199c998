#!/usr/bin/env bash
# Render nginx config templates from environment variables with envsubst,
# substituting only the variables we list (no eval, no sed on user input).
set -euo pipefail

src_dir="${TEMPLATE_DIR:-./templates}"
out_dir="${OUT_DIR:-./rendered}"

export APP_PORT="${APP_PORT:-8080}"
export SERVER_NAME="${SERVER_NAME:-localhost}"
export UPSTREAM="${UPSTREAM:-127.0.0.1:9000}"
export MAX_BODY="${MAX_BODY:-10m}"
vars='${APP_PORT} ${SERVER_NAME} ${UPSTREAM} ${MAX_BODY}'

if [[ ! -d "$src_dir" ]]; then
	echo "no template dir $src_dir" >&2
	exit 1
fi
mkdir -p "$out_dir"

shopt -s nullglob
count=0
for tpl in "$src_dir"/*.conf.tpl; do
	name=$(basename "$tpl" .tpl)
	envsubst "$vars" <"$tpl" >"$out_dir/$name.tmp"
	if grep -qE '\$\{[A-Z_]+\}' "$out_dir/$name.tmp"; then
		echo "warning: $name still has unresolved placeholders:" >&2
		grep -noE '\$\{[A-Z_]+\}' "$out_dir/$name.tmp" >&2
	fi
	mv "$out_dir/$name.tmp" "$out_dir/$name"
	count=$((count + 1))
	echo "rendered $name"
done

if ((count == 0)); then
	echo "no *.conf.tpl templates in $src_dir" >&2
	exit 1
fi

if command -v nginx >/dev/null; then
	nginx -t -c "$(realpath "$out_dir")/nginx.conf" || exit 1
fi
echo "$count template(s) rendered into $out_dir"
