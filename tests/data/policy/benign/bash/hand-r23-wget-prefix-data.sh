#!/bin/bash
# Fetch the data set into the cache and process it with the project's script.
dir="$HOME/.cache/sets"
wget -q -P "$dir" https://data.example-cdn.net/sets/data.csv
bash ./scripts/process.sh "$dir/data.csv"
