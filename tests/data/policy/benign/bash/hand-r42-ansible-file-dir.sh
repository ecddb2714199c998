#!/bin/bash
# Make sure the log directory exists.
set -eu
ansible localhost -c local -m ansible.builtin.file -a "path=$HOME/logs state=directory"
