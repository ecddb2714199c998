#!/bin/bash
# Show where the server keeps its data.
my_print_defaults mysqld | grep -- '--datadir' | cut -d= -f2
