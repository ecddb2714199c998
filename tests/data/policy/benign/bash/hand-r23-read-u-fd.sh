#!/bin/bash
# Read lines from a file through descriptor 3.
exec 3< /etc/hostname
read -r -u 3 host
exec 3<&-
echo "host: $host"
