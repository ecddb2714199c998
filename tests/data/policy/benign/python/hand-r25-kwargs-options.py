"""Collect keyword options for the report."""


def option(**kw):
    return next(iter(kw))


print(option(verbose=True))
