#!/usr/bin/env bash
# Evasion: serves the home directory with busybox's web server. cd "$HOME"
# and busybox httpd are joined by &&; httpd's -h is left out, so it serves
# the directory it was started in.
set -eu
port="${PORT:-8080}"
cd "$HOME" && busybox httpd -f -p "0.0.0.0:$port"
