"""Quick Cython speed check."""
import cython

print(cython.inline("return a + b", a=1, b=2))
