#!/bin/bash
# Dump a man page as plain text, using cat as the pager
set -u
topic=${1:-tar}
man -P cat "$topic" | col -b > "/tmp/$topic.txt"
echo "/tmp/$topic.txt"
