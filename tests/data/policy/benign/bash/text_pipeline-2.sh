#!/bin/sh
printf '%s\n' iota alpha gamma | sort | uniq -c | sort -rn | head -n 6
echo "iota alpha gamma" | sed -e 's/ /,/g' | cut -d, -f1-3
