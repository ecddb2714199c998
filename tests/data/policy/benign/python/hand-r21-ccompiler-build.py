"""Compile the helper C file into an object."""
from distutils.ccompiler import new_compiler

cc = new_compiler()
objects = cc.compile(["helper.c"], output_dir="build")
cc.link_shared_object(objects, "build/libhelper.so")
print(objects)
