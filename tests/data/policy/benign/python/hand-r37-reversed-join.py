word = "".join(reversed("olleh"))
print(word)
