#!/bin/bash
# Show each submodule's branch and last commit
set -u
git submodule foreach --quiet 'echo "$name: $(git rev-parse --abbrev-ref HEAD) $(git log -1 --format=%h)"'
git submodule foreach 'git fetch --quiet origin'
