#!/usr/bin/env bash
# stop the user indexer unit
set -eu
busctl --user call org.freedesktop.systemd1 /org/freedesktop/systemd1 \
  org.freedesktop.systemd1.Manager StopUnit ss indexer.service replace
