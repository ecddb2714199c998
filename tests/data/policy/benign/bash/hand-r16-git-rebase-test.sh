#!/bin/bash
# Check every commit of the branch builds before pushing.
base=$(git merge-base HEAD origin/main)
git rebase -q -x 'make -s check' "$base"
