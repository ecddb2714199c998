#!/usr/bin/env bash
# MCP with the official clients from npm, pinned by package-lock.json:
#   1. tests/mcp/sdk.test.mjs with @modelcontextprotocol/sdk (node's test
#      runner: prints "# pass N" / "# fail N"), over stdio and HTTP;
#   2. with --conformance, @modelcontextprotocol/conformance's server
#      scenarios against /mcp (conformance.sh), expected failures listed in
#      expected-failures.yaml.
#
# usage: tests/mcp/run.sh [--conformance] [BUILD]
# The packages are installed into a cache directory (AIRLOCK_NPM_CACHE,
# default ~/.cache/airlock/npm-mcp) with `npm ci`. Exit 77 when they are not
# there and npm cannot reach its registry (said on stderr); any other
# failure to install is a failure.
set -u
conformance=0
if [ "${1:-}" = --conformance ]; then
	conformance=1
	shift
fi
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$top/$build ;; esac
here=$top/tests/mcp
cache=${AIRLOCK_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/airlock/npm-mcp}

mkdir -p "$cache"
if ! cmp -s "$here/package-lock.json" "$cache/package-lock.json" ||
	[ ! -d "$cache/node_modules/@modelcontextprotocol/sdk" ]; then
	cp "$here/package.json" "$here/package-lock.json" "$cache/"
	if ! (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error >"$cache/install.log" 2>&1); then
		if ! (cd "$cache" && timeout 30 npm ping >/dev/null 2>&1); then
			echo "tests/mcp: skipped: npm's registry cannot be reached and the pinned" \
				"packages are not installed in $cache" >&2
			exit 77
		fi
		echo "tests/mcp: npm ci failed:" >&2
		tail -20 "$cache/install.log" >&2
		exit 1
	fi
fi

# The tests import the packages: they run from the cache directory.
cp "$here"/*.mjs "$cache/"
export AIRLOCK_BIN=$build/airlock
if [ "$conformance" = 1 ]; then
	exec "$here/conformance.sh" "$cache" "$build"
fi
cd "$cache" && node --test --test-concurrency=1 --test-timeout=120000 sdk.test.mjs
