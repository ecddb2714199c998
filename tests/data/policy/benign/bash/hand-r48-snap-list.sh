#!/usr/bin/env bash
# Show installed snaps and pending refreshes.
set -eu
snap list
snap refresh --list || true
