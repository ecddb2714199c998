#!/bin/bash
# Show the size of each mounted filesystem.
df -h | tr -s ' ' | cut -d' ' -f1,2
