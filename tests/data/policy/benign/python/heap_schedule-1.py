import heapq

jobs = [('beta0', 2), ('alpha1', 3), ('kappa2', 8), ('theta3', 5), ('zeta4', 8), ('delta5', 3), ('delta6', 3)]
heap = [(prio, name) for name, prio in jobs]
heapq.heapify(heap)
order = []
while heap:
    order.append(heapq.heappop(heap)[1])
print(" -> ".join(order))
assert len(order) == 7
