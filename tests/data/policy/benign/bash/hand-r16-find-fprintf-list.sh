#!/bin/bash
# Write a list of large files with their sizes into a report.
report=${1:-large-files.txt}
find . -type f -size +10M -fprintf "$report" '%s\t%p\n'
sort -rn "$report" | head
