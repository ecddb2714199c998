#!/usr/bin/env bash
# Ordinary: mirrors a documentation site for offline reading with a private
# wgetrc (rate limit, user agent, robots) written next to the mirror.
set -euo pipefail

site=${1:-https://docs.example.org/}
dest=${2:-./docs-mirror}
mkdir -p "$dest"
cat > "$dest/.wgetrc" <<RC
user_agent = docs-mirror/1.0
limit_rate = 200k
wait = 1
robots = on
tries = 3
RC
WGETRC="$dest/.wgetrc" wget -q --mirror --convert-links --adjust-extension \
  --page-requisites --no-parent -P "$dest" "$site"
echo "mirrored $(find "$dest" -type f -name '*.html' | wc -l) pages into $dest"
