#!/usr/bin/env bash
# Ordinary: cleans a project's own build outputs: removes ./build, ./dist,
# coverage files and __pycache__ directories under the project root given
# (default: the directory of this script), refusing to run outside a git
# checkout; prints how much space was freed.
set -euo pipefail

root="${1:-$(cd "$(dirname "$0")" && pwd)}"
cd "$root"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "not a git checkout: $root" >&2
    exit 1
fi

before=$(du -sk . | cut -f1)
for d in build dist .pytest_cache htmlcov; do
    if [[ -d "$root/$d" ]]; then
        echo "removing $d/"
        rm -rf "${root:?}/$d"
    fi
done
find . -type d -name __pycache__ -prune -exec rm -rf {} +
find . -maxdepth 2 -name '.coverage*' -type f -delete
after=$(du -sk . | cut -f1)
echo "freed $(( (before - after) / 1024 )) MiB"
