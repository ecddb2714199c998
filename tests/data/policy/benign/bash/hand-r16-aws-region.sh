#!/bin/bash
# Print the configured region and output format for a profile.
profile=${AWS_PROFILE:-default}
region=$(aws configure get region --profile "$profile")
output=$(aws configure get output --profile "$profile")
echo "profile=$profile region=${region:-unset} output=${output:-json}"
