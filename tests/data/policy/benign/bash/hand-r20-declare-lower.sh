#!/bin/bash
# Normalise a user-given environment name to lowercase
set -u
declare -l env_name
env_name=${1:-STAGING}
echo "deploying to $env_name"
cp "config/$env_name.yml" build/config.yml
