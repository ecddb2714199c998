#!/usr/bin/env bash
# Probe the link with a fixed pattern to spot data corruption.
set -u
ping -c 3 -W 1 -p ff00ff00 10.20.0.1
