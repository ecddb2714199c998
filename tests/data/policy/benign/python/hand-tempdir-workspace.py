#!/usr/bin/env python3
"""Generate a small package in a scratch directory, byte-compile and test it."""
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap

MODULE = textwrap.dedent('''
    def slugify(text):
        out = []
        for ch in text.lower():
            if ch.isalnum():
                out.append(ch)
            elif out and out[-1] != "-":
                out.append("-")
        return "".join(out).strip("-")
''')

TEST = textwrap.dedent('''
    import unittest
    from textutil import slugify

    class SlugTest(unittest.TestCase):
        def test_basic(self):
            self.assertEqual(slugify("Hello, World!"), "hello-world")

        def test_empty(self):
            self.assertEqual(slugify("  "), "")

    if __name__ == "__main__":
        unittest.main()
''')


def main():
    workdir = tempfile.mkdtemp(prefix="pkgtest-")
    try:
        with open(os.path.join(workdir, "textutil.py"), "w") as f:
            f.write(MODULE)
        with open(os.path.join(workdir, "test_textutil.py"), "w") as f:
            f.write(TEST)
        subprocess.run([sys.executable, "-m", "py_compile", "textutil.py"],
                       cwd=workdir, check=True)
        proc = subprocess.run([sys.executable, "-m", "unittest", "-v", "test_textutil"],
                              cwd=workdir, capture_output=True, text=True)
        print(proc.stderr.strip())
        return proc.returncode
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    sys.exit(main())
