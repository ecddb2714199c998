import heapq

jobs = [('beta0', 1), ('zeta1', 6), ('omega2', 4), ('lambda3', 9), ('omega4', 7)]
heap = [(prio, name) for name, prio in jobs]
heapq.heapify(heap)
order = []
while heap:
    order.append(heapq.heappop(heap)[1])
print(" -> ".join(order))
assert len(order) == 5
