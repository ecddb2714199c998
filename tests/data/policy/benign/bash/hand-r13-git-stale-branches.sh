#!/usr/bin/env bash
# Ordinary: list local git branches whose last commit is older than N days,
# optionally deleting the ones already merged into main.
set -euo pipefail
days="${1:-30}"
delete="${2:-no}"
cutoff=$(( $(date +%s) - days * 86400 ))
git fetch --prune --quiet origin || true
git for-each-ref --format='%(refname:short) %(committerdate:unix)' refs/heads/ |
while read -r branch ts; do
    [ "$branch" = main ] && continue
    if [ "$ts" -lt "$cutoff" ]; then
        if git merge-base --is-ancestor "$branch" main; then
            echo "stale+merged: $branch"
            if [ "$delete" = yes ]; then
                git branch -d "$branch"
            fi
        else
            echo "stale: $branch"
        fi
    fi
done
