#!/usr/bin/env bash
# Ordinary: makes thumbnails of the JPEG and PNG images in a directory with
# ImageMagick's convert, in parallel with xargs -P, into ./thumbs; skips
# images whose thumbnail is newer than the source.
set -euo pipefail

src="${1:-.}"
size="${SIZE:-320x320}"
out="$src/thumbs"
mkdir -p "$out"

make_thumb() {
    local img="$1" size="$2" out="$3"
    local dst="$out/$(basename "${img%.*}").jpg"
    if [[ "$dst" -nt "$img" ]]; then
        return 0
    fi
    convert "$img" -auto-orient -thumbnail "$size" -quality 85 "$dst"
    echo "thumb: $dst"
}
export -f make_thumb

find "$src" -maxdepth 1 -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' \) -print0 |
    xargs -0 -r -P "$(nproc)" -I{} bash -c 'make_thumb "$1" "$2" "$3"' _ {} "$size" "$out"
