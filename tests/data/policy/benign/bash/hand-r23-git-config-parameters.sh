#!/bin/bash
# Show the log without colours.
export GIT_CONFIG_PARAMETERS="'color.ui=never'"
git log --oneline -5
