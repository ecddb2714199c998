"""A tiny calculator console."""
import cmd


class Calc(cmd.Cmd):
    prompt = "calc> "

    def do_add(self, arg):
        print(sum(float(x) for x in arg.split()))

    def do_quit(self, arg):
        return True


Calc().onecmd("add 1 2 3")
