#!/bin/bash
# Print the last argument.
set -- one two three
echo "last: ${!#}"
