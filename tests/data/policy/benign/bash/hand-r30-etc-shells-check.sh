#!/bin/bash
# Checks that the user's shell is a listed login shell.
if grep -qx "$SHELL" /etc/shells; then echo ok; else echo "not listed: $SHELL"; fi
