#!/usr/bin/env bash
# Ordinary git helper: lists local branches already merged into the main
# branch and deletes them (git branch -d), keeping main/master/develop and the
# current branch. --dry-run only prints.
set -euo pipefail
dry=0
[ "${1:-}" = "--dry-run" ] && dry=1
base=$(git symbolic-ref --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#^origin/##' || echo main)
current=$(git rev-parse --abbrev-ref HEAD)
git fetch --prune --quiet origin || true
git branch --format='%(refname:short)' --merged "$base" | while read -r br; do
  case "$br" in
    main|master|develop|"$current") continue ;;
  esac
  if [ "$dry" -eq 1 ]; then
    echo "would delete $br"
  else
    git branch -d "$br"
  fi
done
