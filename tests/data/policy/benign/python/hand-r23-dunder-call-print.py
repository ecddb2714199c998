"""Echo the greeting through a stored callable."""
emit = print.__call__
emit("hello from the build step")
