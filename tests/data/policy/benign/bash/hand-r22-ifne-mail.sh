#!/bin/bash
# Mail the log only when it has something in it.
grep -i error /var/log/app.log | ifne mail -s "app errors" ops@example.com
