import os

total = 0
count = 0
for root, dirs, files in os.walk("."):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for f in files:
        if f.endswith(".txt"):
            count += 1
            total += os.path.getsize(os.path.join(root, f))
print(f"{count} .txt files, {total} bytes")
print("home is", os.environ.get("HOME", "?"), "user", os.environ.get("USER", "?"))
