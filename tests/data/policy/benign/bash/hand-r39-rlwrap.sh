#!/bin/bash
rlwrap -c sqlite3 notes.db
