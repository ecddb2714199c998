#@ pos unclosed call
print("a"
#@ pos bad def
def f(:
    pass
#@ neg valid program
def f(x):
    return x * 2
print(f(21))
