#!/bin/bash
# Print a separator line.
sep=$(awk 'BEGIN{for(i=0;i<40;i++) printf "%c", 61}')
echo "$sep"
