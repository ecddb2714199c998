#!/usr/bin/env bash
# Point every new tmux window at the project.
tmux set-environment -g PROJECT_ROOT "$PWD"
tmux show-options -g status
