#!/bin/bash
# Show the current capability sets
set -u
capsh --print
capsh --decode=0000003fffffffff
