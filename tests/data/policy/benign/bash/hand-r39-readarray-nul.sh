#!/bin/bash
readarray -d '' parts < <(find . -maxdepth 1 -name '*.log' -print0)
echo "${#parts[@]} logs"
