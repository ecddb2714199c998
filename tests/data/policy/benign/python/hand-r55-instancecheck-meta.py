class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "run")


class Runnable(metaclass=Meta):
    pass


class Job:
    def run(self):
        return "ok"


print(isinstance(Job(), Runnable))
