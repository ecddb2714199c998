#!/usr/bin/env bash
# List the installed audio plugins.
set -eu
gst-inspect-1.0 | grep -i audio | sort
