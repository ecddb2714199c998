import string


def lookup(obj, path):
    """Return the value at a dotted/indexed path like 'user.tags[0]' using
    the same rules as str.format field names."""
    value, _ = string.Formatter().get_field("0." + path, (obj,), {})
    return value


def render(template, **values):
    """Fill a template and list the field names it used."""
    names = [field for _, field, _, _ in string.Formatter().parse(template) if field]
    return template.format(**values), names


class User:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags


def check(candidate):
    u = User("ada", ["admin", "ops"])
    assert candidate(u, "name") == "ada"
    assert candidate(u, "tags[1]") == "ops"
    assert render("{a}-{b}", a=1, b=2) == ("1-2", ["a", "b"])


check(lookup)
