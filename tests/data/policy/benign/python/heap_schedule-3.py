import heapq

jobs = [('delta0', 1), ('zeta1', 2), ('alpha2', 9), ('kappa3', 6), ('theta4', 4)]
heap = [(prio, name) for name, prio in jobs]
heapq.heapify(heap)
order = []
while heap:
    order.append(heapq.heappop(heap)[1])
print(" -> ".join(order))
assert len(order) == 5
