#!/bin/bash
# Download the dataset with a parallel downloader and check it.
set -e
aria2c -q -d /tmp -o data.csv https://data.example-cdn.net/sets/data.csv
wc -l /tmp/data.csv
