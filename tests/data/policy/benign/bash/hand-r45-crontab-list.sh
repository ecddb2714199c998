#!/bin/bash
# show and back up the crontab
crontab -l > crontab.bak 2>/dev/null || true
EDITOR=nano
echo "edit with: crontab -e (editor $EDITOR)"
