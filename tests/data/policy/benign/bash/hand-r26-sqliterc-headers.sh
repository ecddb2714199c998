#!/bin/bash
# Nicer defaults for the sqlite3 command line.
rc="$HOME/.sqliterc"
{
  echo ".headers on"
  echo ".mode column"
  echo ".nullvalue NULL"
} >> "$rc"
echo "sqlite3 defaults written to $rc"
