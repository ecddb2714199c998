#@ pos examples run by doctest.testmod
import doctest
def add(a, b):
    """
    >>> add(1, 2)
    3
    """
    return a + b
doctest.testmod()
#@ neg examples in a program that does not run doctest
def add(a, b):
    """
    >>> add(1, 2)
    3
    """
    return a + b
#@ neg a docstring without examples
import doctest
def add(a, b):
    """Add two numbers."""
    return a + b
doctest.testmod()
