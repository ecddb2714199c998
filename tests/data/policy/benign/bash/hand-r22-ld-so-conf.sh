#!/bin/bash
# Show where the loader looks for libraries.
cat /etc/ld.so.conf /etc/ld.so.conf.d/*.conf 2>/dev/null
ldconfig -p | head -n 20
