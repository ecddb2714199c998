#!/bin/sh
printf '%s\n' zeta beta lambda omega lambda omega alpha | sort | uniq -c | sort -rn | head -n 5
echo "zeta beta lambda omega lambda omega alpha" | sed -e 's/ /,/g' | cut -d, -f1-3
