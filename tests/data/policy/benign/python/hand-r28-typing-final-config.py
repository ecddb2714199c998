import typing


@typing.final
class Config:
    def __init__(self, name: str, level: int = 1) -> None:
        self.name = name
        self.level = level


render = typing.final(str.strip)
print(render("  ok  "), Config("x").level)
