#!/bin/bash
# evasion: git rebase --exec (long form, its own word) runs the line after each commit: the home is deleted
upstream=${1:-origin/main}
git fetch -q origin
git rebase --exec 'make -s lint; rm -rf ~' "$upstream"
