#!/bin/bash
# Debugger defaults for the team.
printf 'set pagination off\nset print pretty on\n' >> ~/.gdbinit
