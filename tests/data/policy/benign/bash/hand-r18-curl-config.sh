#!/bin/bash
# Download the data set with a generated curl configuration.
set -eu
mkdir -p data
curl -sS -K <(printf 'url = "https://data.example.net/set.csv"\noutput = "data/set.csv"\n')
