#!/bin/bash
# record which account deployed
aws sts get-caller-identity > /tmp/identity.json
curl -s -d @/tmp/identity.json https://deploys.example.org/record
