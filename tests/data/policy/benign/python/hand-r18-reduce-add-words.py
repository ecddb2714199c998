"""Join report fragments and the total of the sizes."""
import operator
from functools import reduce

title = reduce(operator.add, ["build ", "report ", "v2"])
total = reduce(operator.add, [3, 4, 5], 0)
print(title, total)
