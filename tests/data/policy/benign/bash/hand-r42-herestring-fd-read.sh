#!/bin/bash
# Read settings from a here-string through a descriptor.
exec 3<<<"name=demo"
IFS== read -r key value <&3
exec 3<&-
echo "$key is $value"
