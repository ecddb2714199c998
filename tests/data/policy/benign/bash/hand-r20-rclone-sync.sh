#!/bin/bash
# Mirror the photo folder to the remote and prune an old remote folder
set -eu
rclone sync "$HOME/Pictures" remote:photos --log-level ERROR
rclone purge remote:photos-2019 --dry-run
