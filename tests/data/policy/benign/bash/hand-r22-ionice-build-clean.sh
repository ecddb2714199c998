#!/bin/bash
# Low-priority cleanup of the build tree.
set -eu
ionice -c3 nice -n 19 rm -rf ./build/tmp
