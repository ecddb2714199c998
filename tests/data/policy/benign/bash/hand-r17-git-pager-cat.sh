#!/usr/bin/env bash
# Show the last commit without a pager.
cd "$(git rev-parse --show-toplevel)"
pager='less -FRX'
GIT_PAGER=$pager git --paginate log -1 --stat
