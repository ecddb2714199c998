#!/bin/bash
# Check the inventory answers.
ansible all -i inventory.ini -m ansible.builtin.ping
