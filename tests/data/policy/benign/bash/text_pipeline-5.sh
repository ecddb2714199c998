#!/bin/sh
printf '%s\n' kappa iota theta | sort | uniq -c | sort -rn | head -n 5
echo "kappa iota theta" | sed -e 's/ /,/g' | cut -d, -f1-3
