#!/usr/bin/env bash
# Commit generated docs in the Mercurial mirror.
set -e
cd docs-mirror
hg --config ui.username='docs bot <docs@example.com>' commit -A -m "docs: regenerate"
hg --config hooks.pre-push= push
