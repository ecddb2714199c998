#!/bin/sh
printf '%s\n' eta sigma gamma beta alpha theta eta | sort | uniq -c | sort -rn | head -n 7
echo "eta sigma gamma beta alpha theta eta" | sed -e 's/ /,/g' | cut -d, -f1-3
