#!/bin/bash
# Profile that takes its keys from aws-vault.
set -eu
aws configure set profile.ci.region eu-west-1
aws configure set profile.ci.credential_process "/usr/local/bin/aws-vault exec ci --json"
printf '[profile dev]\ncredential_process = aws-vault exec dev --json\n' >> ./aws.conf
AWS_CONFIG_FILE=./aws.conf aws --profile dev sts get-caller-identity
