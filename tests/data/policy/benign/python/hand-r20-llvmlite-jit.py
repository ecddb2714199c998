"""Compile a small function with llvmlite and call it."""
from llvmlite import binding

binding.initialize()
binding.initialize_native_target()
binding.initialize_native_asmprinter()
target = binding.Target.from_default_triple()
print(target.create_target_machine().triple)
