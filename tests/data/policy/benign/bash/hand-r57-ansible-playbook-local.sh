#!/usr/bin/env bash
# Apply the local playbook from this checkout.
set -eu
ansible-playbook -i localhost, -c local site.yml --check
