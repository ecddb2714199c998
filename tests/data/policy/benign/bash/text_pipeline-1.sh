#!/bin/sh
printf '%s\n' kappa iota kappa omega | sort | uniq -c | sort -rn | head -n 9
echo "kappa iota kappa omega" | sed -e 's/ /,/g' | cut -d, -f1-3
