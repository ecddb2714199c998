#!/usr/bin/env bash
# print the state of the user manager
set -eu
busctl --user get-property org.freedesktop.systemd1 /org/freedesktop/systemd1 \
  org.freedesktop.systemd1.Manager SystemState
busctl --user list --no-pager | head
