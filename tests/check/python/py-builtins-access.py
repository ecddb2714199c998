#@ pos __builtins__
f = __builtins__.__dict__["open"]
#@ pos import builtins
import builtins
print(builtins.len([]))
#@ neg builtins used plainly
print(len([1, 2]), open)
#@ neg the word in a string
print("__builtins__")
