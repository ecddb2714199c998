#!/bin/bash
# Edit the crontab with nano, then show it.
VISUAL=nano crontab -e
crontab -l
