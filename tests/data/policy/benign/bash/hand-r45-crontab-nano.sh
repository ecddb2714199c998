#!/bin/bash
# open the crontab in nano
EDITOR=nano crontab -e
