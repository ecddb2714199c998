#!/usr/bin/env bash
# Show the state of the user's timer units.
set -e
busctl --user get-property org.freedesktop.systemd1 /org/freedesktop/systemd1 \
  org.freedesktop.systemd1.Manager SystemState
systemctl --user list-timers --no-pager
