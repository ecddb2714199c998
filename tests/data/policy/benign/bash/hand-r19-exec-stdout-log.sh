#!/bin/bash
# Send everything the script prints to a log file as well as the terminal.
set -eu
mkdir -p logs
exec 3>&1
exec > >(tee -a logs/deploy.log)
echo "deploy started $(date)"
rsync -a build/ /srv/www/
echo "deploy done"
exec 1>&3 3>&-
