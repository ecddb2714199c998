import codecs

answer = codecs.decode("Uryyb, jbeyq!", "rot_13")
print(answer)
