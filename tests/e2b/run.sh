#!/usr/bin/env bash
# E2B's own clients against `airlock serve` on 127.0.0.1: npm `e2b` and
# `@e2b/code-interpreter` (pinned, installed here into a cache directory),
# used as a user's script would use them (tests/e2b/sdk.test.mjs), under
# node's test runner with E2B_API_URL and E2B_SANDBOX_URL pointing at /e2b.
# Counted as one test by tests/run-all.sh; exit 77 when npm's registry
# cannot be reached (said so, not counted).
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
bin="$top/$build/airlock"
E2B_VERSION=2.51.0
E2B_CI_VERSION=2.8.0
cache=${AIRLOCK_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/airlock-npm}/e2b-$E2B_VERSION-ci-$E2B_CI_VERSION
if [ ! -f "$cache/node_modules/@e2b/code-interpreter/package.json" ]; then
	if ! command -v npm >/dev/null; then
		[ "$(id -u)" = 0 ] || { echo "tests/e2b needs npm (apt-get install npm)" >&2; exit 1; }
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
	fi
	mkdir -p "$cache"
	if ! npm install --silent --no-audit --no-fund --no-save --prefix "$cache" \
		"e2b@$E2B_VERSION" "@e2b/code-interpreter@$E2B_CI_VERSION" >/dev/null; then
		echo "tests/e2b: npm could not install the E2B SDKs (no registry?)" >&2
		exit 77
	fi
fi
dir=$(mktemp -d /tmp/airlock-e2b.XXXXXX)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
key=$("$bin" keys create --name e2b --data-dir "$dir" 2>/dev/null)
other=$("$bin" keys create --name other --data-dir "$dir" 2>/dev/null)
printf 'workers: 2\nmax_sandboxes_per_key: 20\negress: [pypi.org, "*.pythonhosted.org"]\ne2b_domain: "localhost:%s"\n' \
	"$port" >"$dir/airlock.yaml"
"$bin" serve --config "$dir/airlock.yaml" --listen "127.0.0.1:$port" --data-dir "$dir" \
	2>"$dir/serve.log" &
pid=$!
for _ in $(seq 100); do
	curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
	sleep 0.05
done
# the SDK's own key check stays on: an airlock key ak_HEX is e2b_HEX
export E2B_API_KEY="e2b_${key#ak_}" E2B_OTHER_KEY="e2b_${other#ak_}" \
	E2B_API_URL="http://127.0.0.1:$port/e2b" E2B_SANDBOX_URL="http://127.0.0.1:$port/e2b" \
	E2B_CLIENT_DIR="$cache" AIRLOCK_URL="http://127.0.0.1:$port"
status=0
node --test --test-reporter=spec --test-concurrency=1 tests/e2b/*.test.mjs || status=$?
[ "$status" = 0 ] || tail -20 "$dir/serve.log" >&2
exit "$status"
