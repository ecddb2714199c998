"""Upper-case a label through the attribute protocol."""
label = "release"
shout = label.__getattribute__("upper")
print(shout())
