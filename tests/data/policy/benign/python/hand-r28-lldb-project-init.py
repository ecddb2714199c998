import pathlib

local = pathlib.Path(".lldbinit")
local.write_text("settings set target.x86-disassembly-flavor intel\n")
print("wrote", local.resolve())
