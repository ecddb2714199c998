#!/usr/bin/env bash
# Make 320px-wide JPEG thumbnails of every image under a directory, in
# parallel, skipping the ones that are already up to date.
set -euo pipefail

src="${1:-photos}"
out="${2:-thumbs}"
jobs="${JOBS:-$(nproc)}"
width="${WIDTH:-320}"

command -v convert >/dev/null || {
	echo "ImageMagick's convert is required" >&2
	exit 1
}
mkdir -p "$out"

list="$(mktemp)"
trap 'rm -f "$list"' EXIT

find "$src" -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' \) -print0 |
	while IFS= read -r -d '' img; do
		rel="${img#"$src"/}"
		thumb="$out/${rel%.*}.jpg"
		if [[ ! -f "$thumb" || "$img" -nt "$thumb" ]]; then
			mkdir -p "$(dirname "$thumb")"
			printf '%s\0%s\0' "$img" "$thumb"
		fi
	done >"$list"

count=$(($(tr -cd '\0' <"$list" | wc -c) / 2))
if ((count == 0)); then
	echo "all thumbnails up to date"
	exit 0
fi
echo "making $count thumbnail(s) with $jobs jobs"

xargs -0 -n 2 -P "$jobs" convert -auto-orient -thumbnail "${width}x" -quality 82 <"$list"

echo "done; $(find "$out" -type f -name '*.jpg' | wc -l) thumbnails in $out"
