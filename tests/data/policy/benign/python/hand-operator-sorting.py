# Ordinary: sorting and summarising records with operator.attrgetter,
# itemgetter and methodcaller, as report scripts do.
import operator
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    seconds: float
    tags: list


jobs = [Job("build", 12.5, ["ci"]), Job("lint", 3.1, ["ci", "fast"]), Job("test", 40.0, [])]
by_time = sorted(jobs, key=operator.attrgetter("seconds"), reverse=True)
names = list(map(operator.attrgetter("name"), by_time))
upper = list(map(operator.methodcaller("upper"), names))
counts = list(map(operator.methodcaller("count", "ci"), map(operator.attrgetter("tags"), jobs)))
assert names == ["test", "build", "lint"]
assert upper == ["TEST", "BUILD", "LINT"]
assert counts == [1, 1, 0]
print(dict(zip(names, map(operator.itemgetter(0), [[j.seconds] for j in by_time]))))
