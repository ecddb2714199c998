#!/bin/bash
# Nightly backup that only speaks up on failure.
chronic rsync -a --delete ./data/ /mnt/backup/data/
