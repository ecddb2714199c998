acc = ""
parts = ["alpha", "-", "beta"]
_ = [(acc := acc + p) for p in parts]
print(acc)
