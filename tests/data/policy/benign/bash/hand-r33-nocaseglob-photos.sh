#!/usr/bin/env bash
# Make thumbnails of the camera's pictures, whatever their case.
shopt -s nocaseglob nullglob
mkdir -p thumbs
for img in ~/Pictures/import/*.[J][P]G; do
  convert "$img" -resize 320x240 "thumbs/$(basename "$img")"
done
