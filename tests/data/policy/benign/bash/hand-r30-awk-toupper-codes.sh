#!/bin/bash
code=$(echo "${1:-de}" | awk '{print toupper($0)}')
grep -- "^$code," countries.csv
