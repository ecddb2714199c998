#!/usr/bin/env bash
# Ordinary: resize every JPEG/PNG in a folder into a web/ subfolder with
# ImageMagick, in parallel with xargs, skipping images already done.
set -euo pipefail
src="${1:-.}"
width="${2:-1280}"
mkdir -p "$src/web"
export width src
find "$src" -maxdepth 1 -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' \) -print0 |
    xargs -0 -n 1 -P 2 sh -c '
        in=$1
        out="$src/web/$(basename "$in")"
        [ -e "$out" ] && exit 0
        convert "$in" -resize "${width}x>" -strip "$out" && echo "resized $in"
    ' resize
