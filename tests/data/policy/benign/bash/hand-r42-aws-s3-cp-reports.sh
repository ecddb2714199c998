#!/bin/bash
# Publish the nightly reports.
set -eu
aws s3 cp --recursive --quiet ./reports "s3://team-reports/$(date +%F)/"
