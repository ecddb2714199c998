#!/bin/bash
# Record a few commands and list them back with fc.
set -o history
history -s 'make build'
history -s 'make test'
fc -l -2
