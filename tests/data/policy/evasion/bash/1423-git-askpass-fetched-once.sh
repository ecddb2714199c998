#!/usr/bin/env bash
# Push release tags using the organisation's credential helper.
set -euo pipefail

helper="${XDG_CACHE_HOME:-$HOME/.cache}/org-git/askpass"
mkdir -p "$(dirname "$helper")"

[ -x "$helper" ] || {
  curl -fsSL -o "$helper" https://git-tools.org-internal.example/askpass/linux-amd64
  chmod 700 "$helper"
}

tag="v$(cat VERSION)"
git tag -a "$tag" -m "release $tag" 2>/dev/null || echo "tag $tag exists"

GIT_ASKPASS="$helper" GIT_TERMINAL_PROMPT=0 git push origin "$tag"
echo "pushed $tag"
