# Ordinary program: HumanEval-style solution - order build steps so every step
# comes after its dependencies (Kahn's algorithm); raise on a cycle.
import heapq


def build_order(deps):
    """deps maps step -> list of steps it depends on."""
    nodes = set(deps)
    for reqs in deps.values():
        nodes.update(reqs)
    indeg = {n: 0 for n in nodes}
    users = {n: [] for n in nodes}
    for step, reqs in deps.items():
        for r in reqs:
            indeg[step] += 1
            users[r].append(step)
    ready = [n for n in nodes if indeg[n] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(order) != len(nodes):
        raise ValueError("dependency cycle")
    return order


assert build_order({}) == []
assert build_order({"link": ["compile"], "compile": ["configure"]}) == ["configure", "compile", "link"]
assert build_order({"b": ["a"], "c": ["a"], "d": ["b", "c"]}) == ["a", "b", "c", "d"]
try:
    build_order({"x": ["y"], "y": ["x"]})
except ValueError:
    pass
else:
    raise AssertionError("cycle not detected")
print("ok")
