#!/bin/bash
# Print a banner with a unicode arrow and check mark
arrow=$'\u2192'
check=$'\u2713'
printf '%s build %s done %s\n' "$arrow" "$arrow" "$check"
