#!/usr/bin/env bash
# Ordinary: writes a Markdown changelog section from the git commits since
# the last tag, grouped by conventional-commit type (feat/fix/other).
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
last_tag=$(git describe --tags --abbrev=0 2>/dev/null || true)
range=${last_tag:+$last_tag..}HEAD
out=CHANGELOG.next.md
{
  echo "## Unreleased (since ${last_tag:-the beginning})"
  for kind in feat fix; do
    echo
    echo "### $kind"
    git log --no-merges --format='- %s (%h)' "$range" | grep -E "^- $kind(\(|:)" || echo "- none"
  done
  echo
  echo "### other"
  git log --no-merges --format='- %s (%h)' "$range" | grep -vE '^- (feat|fix)(\(|:)' || echo "- none"
} > "$out"
echo "wrote $out ($(wc -l < "$out") lines)"
