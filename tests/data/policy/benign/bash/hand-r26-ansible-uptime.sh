#!/bin/bash
# Ask every host for its uptime.
ansible all -i inventory.ini -m ansible.builtin.command -a "uptime"
