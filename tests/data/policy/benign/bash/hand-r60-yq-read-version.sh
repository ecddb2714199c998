#!/usr/bin/env bash
# Print the chart version.
set -eu
ver=$(yq -r '.version' chart/Chart.yaml)
echo "chart $ver"
