#!/bin/sh
printf '%s\n' delta beta zeta beta | sort | uniq -c | sort -rn | head -n 2
echo "delta beta zeta beta" | sed -e 's/ /,/g' | cut -d, -f1-3
