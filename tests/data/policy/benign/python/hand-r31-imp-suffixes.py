"""Print the suffixes the interpreter accepts for extension modules."""
import _imp

for suffix in _imp.extension_suffixes():
    print(suffix)
print("frozen os:", _imp.is_frozen("os"))
