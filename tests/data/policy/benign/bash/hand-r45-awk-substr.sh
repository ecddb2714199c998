#!/bin/bash
# print the short version
ver=$(awk 'BEGIN { s = "v1.22.3"; print substr(s, 2, 4) }')
echo "version $ver"
