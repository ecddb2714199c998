#!/bin/bash
# Encode a list through Lua's JSON module.
lua -e 'local json = require("cjson"); print(json.encode({1, 2, 3}))'
