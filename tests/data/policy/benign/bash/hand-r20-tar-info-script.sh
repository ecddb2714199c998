#!/bin/bash
# Multi-volume backup to tape; a local script announces each volume change
set -eu
tar -c -M -L 2097152 -F ./announce-volume.sh -f /dev/nst0 /srv/data
