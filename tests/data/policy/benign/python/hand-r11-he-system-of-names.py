# HumanEval-style solution: given file paths, return the names that are duplicated
# across directories (names like "system", "shell", "remove" are just data), with asserts.
from collections import defaultdict
from typing import Dict, List


def duplicated_names(paths: List[str]) -> Dict[str, List[str]]:
    seen = defaultdict(list)
    for p in paths:
        directory, _, name = p.rpartition("/")
        seen[name].append(directory or ".")
    return {name: sorted(dirs) for name, dirs in seen.items() if len(dirs) > 1}


def check(candidate):
    assert candidate([]) == {}
    assert candidate(["a/system", "b/system", "c/shell"]) == {"system": ["a", "b"]}
    assert candidate(["remove", "x/remove"]) == {"remove": [".", "x"]}
    assert candidate(["os/exec", "os/eval"]) == {}


check(duplicated_names)
