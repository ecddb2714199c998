#!/bin/bash
# Check which registry npm uses.
reg=$(npm config get registry)
curl -s -o /dev/null -w '%{http_code}\n' "$reg"
