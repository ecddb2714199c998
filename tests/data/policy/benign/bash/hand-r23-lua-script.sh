#!/bin/bash
# Print the version through Lua.
lua -e 'print(_VERSION)'
