#!/bin/bash
# Lower-case the image file names.
for f in *.JPG; do
  [ -e "$f" ] || continue
  mv -- "$f" "$(sed 's/.*/\L&/' <<< "$f")"
done
