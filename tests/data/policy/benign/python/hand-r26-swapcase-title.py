title = "hELLO wORLD"
print(title.swapcase())
print(getattr(title, "upper")())
