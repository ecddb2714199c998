import string


class Defaulting(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def render(template, values):
    """Fill {name} fields from values, leaving unknown fields as they are;
    fields may use attribute access such as {z.real} and {p[0]}."""
    return template.format_map(Defaulting(values))


def render_dollar(template, values):
    return string.Template(template).safe_substitute(values)


def check(candidate):
    assert candidate("Hello {name}!", {"name": "Ada"}) == "Hello Ada!"
    assert candidate("{a} and {b}", {"a": 1}) == "1 and {b}"
    assert candidate("{z.real}+{z.imag}j", {"z": 3 + 4j}) == "3.0+4.0j"
    assert candidate("{p[0]}-{p[1]}", {"p": (7, 8)}) == "7-8"
    assert candidate("{n:>5}|", {"n": 42}) == "   42|"
    assert render_dollar("$who likes $what", {"who": "Bo"}) == "Bo likes $what"


check(render)
