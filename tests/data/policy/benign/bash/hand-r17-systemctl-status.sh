#!/usr/bin/env bash
# Show the state of the user sync service.
set -e
systemctl --user status syncthing.service --no-pager | head -n 20
