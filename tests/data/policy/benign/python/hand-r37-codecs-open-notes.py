import codecs

with codecs.open("notes.txt", "r", "utf-8") as fh:
    for line in fh:
        print(line.rstrip())
