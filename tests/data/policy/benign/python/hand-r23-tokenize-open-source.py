"""Count source lines of a module, honouring its coding cookie."""
import sys
import tokenize

target = sys.argv[1] if len(sys.argv) > 1 else __file__
with tokenize.open(target) as fh:
    print(sum(1 for line in fh if line.strip()))
