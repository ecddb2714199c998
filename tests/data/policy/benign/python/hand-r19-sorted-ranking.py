"""Print the players in rank order."""
rank = [3, 1, 2]
names = ["carol", "alice", "bob"]
print(", ".join(n for _, n in sorted(zip(rank, names))))
