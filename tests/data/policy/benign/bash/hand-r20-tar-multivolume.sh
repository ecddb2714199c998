#!/bin/bash
# Split a backup across 100 MiB volumes, naming each volume with a counter
set -eu
tar -c -M -L 102400 -f backup-1.tar -f backup-2.tar -f backup-3.tar "$HOME/Documents"
tar -t -f backup-1.tar | head
