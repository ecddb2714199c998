#!/bin/bash
# Starts a development session: a tmux session with the build in one pane
# and the tests in another, a disk watch, compressed logs and a worker in
# screen.
set -eu
session=dev
tmux new-session -d -s "$session" 'make -j4 && echo build done'
tmux split-window -t "$session" 'make test 2>&1 | tee test.log'
tmux send-keys -t "$session" 'git status --short' Enter
watch -n 5 'df -h / | tail -1' >/dev/null &
parallel gzip -9 ::: logs/*.log
parallel 'wc -l {} > {}.count' ::: data/*.csv
screen -dmS worker ./worker.sh --port 8080
env -S 'python3 -c "print(42)"'
