#!/bin/bash
# Split errors from the application log.
sed -n "/ERROR/w $HOME/errors.log" /var/log/app.log
wc -l "$HOME/errors.log"
