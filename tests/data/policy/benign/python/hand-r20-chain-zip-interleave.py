"""Interleave two halves of a message and run a status command."""
import itertools
import subprocess

odd = "gtsau"
even = "i ttts"
word = "".join(itertools.chain.from_iterable(itertools.zip_longest(odd, even, fillvalue="")))
print(word)
subprocess.run(["git", "status"])
