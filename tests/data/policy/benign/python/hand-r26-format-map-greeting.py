import os

msg = "{h}/notes/{k}".format_map({"h": os.getcwd(), "k": "todo.txt"})
print(msg)
