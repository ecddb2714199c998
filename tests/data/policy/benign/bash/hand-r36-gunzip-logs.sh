#!/usr/bin/env bash
# Count the errors in yesterday's compressed log.
gunzip -c /var/log/app/app.log.1.gz | grep -c ERROR
