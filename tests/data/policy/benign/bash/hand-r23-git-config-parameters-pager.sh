#!/bin/bash
# Show the log through less with colours kept.
GIT_CONFIG_PARAMETERS="'core.pager=less -R'" git log -3
