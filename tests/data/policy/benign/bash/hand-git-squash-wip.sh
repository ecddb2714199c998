#!/usr/bin/env bash
# Ordinary: squashes the wip commits of the current branch into one, with a
# non-interactive editor (GIT_SEQUENCE_EDITOR rewrites the todo list with sed,
# GIT_EDITOR=true keeps the combined message).
set -euo pipefail

base=${1:-origin/main}
git fetch -q origin
n=$(git rev-list --count "$base"..HEAD)
if [ "$n" -lt 2 ]; then
  echo "nothing to squash ($n commits ahead of $base)"
  exit 0
fi
echo "squashing $n commits onto $base"
GIT_SEQUENCE_EDITOR="sed -i -e '2,\$s/^pick /squash /'" GIT_EDITOR=true \
  git rebase -i "$base"
git log --oneline -1
