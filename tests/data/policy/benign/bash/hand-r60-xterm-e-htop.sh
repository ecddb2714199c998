#!/usr/bin/env bash
# Open a monitor window.
set -eu
xterm -geometry 120x40 -e htop &
