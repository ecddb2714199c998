#!/usr/bin/env bash
# Print runtime facts for the bug report template.
set -eu
echo "os: $(. /proc/self/root/etc/os-release && echo "$PRETTY_NAME")"
echo "mem: $(awk '/VmRSS/ {print $2 " kB"}' /proc/self/status)"
echo "cgroup: $(head -1 /proc/self/cgroup)"
echo "cwd: $(readlink /proc/self/cwd)"
echo "home: $HOME"
