#!/bin/bash
# Print the helper's definition for the documentation.
greet() {
  echo "hello, $1"
}
declare -f greet | sed 's/^/    /'
greet world
