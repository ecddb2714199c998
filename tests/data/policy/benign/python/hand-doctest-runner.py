# Ordinary: small text utilities with doctest examples; running the file
# checks the examples with doctest.testmod().
import doctest
import re


def normalize_ws(text):
    """Collapse runs of whitespace.

    >>> normalize_ws("a   b\\n c")
    'a b c'
    """
    return re.sub(r"\s+", " ", text).strip()


def camel_to_snake(name):
    """Convert CamelCase to snake_case.

    >>> camel_to_snake("HTTPServerError")
    'http_server_error'
    >>> camel_to_snake("simpleName")
    'simple_name'
    """
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


if __name__ == "__main__":
    failures, tests = doctest.testmod()
    print(f"{tests - failures}/{tests} examples passed")
