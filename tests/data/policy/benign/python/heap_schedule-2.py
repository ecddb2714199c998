import heapq

jobs = [('iota0', 6), ('beta1', 7), ('alpha2', 2)]
heap = [(prio, name) for name, prio in jobs]
heapq.heapify(heap)
order = []
while heap:
    order.append(heapq.heappop(heap)[1])
print(" -> ".join(order))
assert len(order) == 3
