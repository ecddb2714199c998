#!/bin/bash
# Check that the mail relay answers on port 25.
host=${1:-mail.example.org}
if { sleep 1; printf 'QUIT\r\n'; sleep 1; } | telnet "$host" 25 2>/dev/null | grep -q '^220'; then
    echo "$host: smtp ok"
else
    echo "$host: no banner" >&2
    exit 1
fi
