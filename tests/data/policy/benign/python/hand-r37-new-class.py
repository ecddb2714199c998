import types


def body(ns):
    ns["greet"] = staticmethod(lambda who: "hi " + who)


Greeter = types.new_class("Greeter", (), {}, body)
print(Greeter.greet("there"))
