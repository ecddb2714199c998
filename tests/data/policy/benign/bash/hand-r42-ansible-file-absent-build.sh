#!/bin/bash
# Remove the old build directory on the lab hosts.
set -eu
ansible all -i 'localhost,' -c local -m ansible.builtin.file -a "path=$HOME/build state=absent"
