"""Save a function for later use."""
import dill


def square(x):
    return x * x


with open("square.dill", "wb") as fh:
    dill.dump(square, fh)
print("saved")
