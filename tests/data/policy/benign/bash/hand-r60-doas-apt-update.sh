#!/usr/bin/env bash
# Refresh the package lists.
set -eu
doas -n apt-get update -q
