#!/usr/bin/env bash
# Render a batch of thumbnails in a private scratch directory that is
# always removed, even on Ctrl-C.
set -euo pipefail

src="${1:-.}"
out="${2:-thumbs}"
size="${SIZE:-256x256}"

scratch=$(mktemp -d -t thumbs.XXXXXXXX)
trap 'rm -rf -- "$scratch"' EXIT
trap 'echo "interrupted" >&2; exit 130' INT

mkdir -p "$out"
shopt -s nullglob nocaseglob

n=0
for img in "$src"/*.jpg "$src"/*.jpeg "$src"/*.png; do
	name=$(basename "${img%.*}")
	tmpfile="$scratch/$name.png"
	if convert "$img" -auto-orient -thumbnail "$size" "$tmpfile"; then
		mv "$tmpfile" "$out/$name.png"
		n=$((n + 1))
	else
		echo "skip: $img" >&2
	fi
done

echo "$n thumbnail(s) written to $out"
du -sh "$out"
