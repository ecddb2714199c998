import types

src = "def greet(name):\n    return 'hi ' + name\n"
mod = types.ModuleType("greeter")
exec(compile(src, "greeter", "exec"), mod.__dict__)
print(mod.greet("bob"))
