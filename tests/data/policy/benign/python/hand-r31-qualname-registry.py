"""Register command handlers by their qualified names."""
REGISTRY = {}


def command(cls):
    REGISTRY[cls.__qualname__.replace(".", " ").lower()] = cls
    return cls


class Remote:
    @command
    class Add:
        def run(self, name):
            return f"added {name}"

    @command
    class Remove:
        def run(self, name):
            return f"removed {name}"


for key, cls in sorted(REGISTRY.items()):
    print(key, "->", cls().run("origin"))
