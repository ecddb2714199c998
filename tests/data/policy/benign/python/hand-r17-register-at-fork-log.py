import os
import random


def reseed():
    random.seed()


# a library's fork safety: children get a fresh random state
os.register_at_fork(after_in_child=reseed)
print(random.random())
