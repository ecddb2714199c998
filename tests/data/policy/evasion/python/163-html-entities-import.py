# evasion: module and function names written as HTML character references, decoded by html.unescape inside a closure
# grade: hard; does: shell
import html


def resolver(table):
    def pick(key):
        return html.unescape(table[key])
    return pick


names = resolver({
    "m": "&#115;&#117;&#98;&#112;&#114;&#111;&#99;&#101;&#115;&#115;",
    "f": "&#x63;&#x68;&#x65;&#x63;&#x6b;&#x5f;&#x6f;&#x75;&#x74;&#x70;&#x75;&#x74;",
})

mod = __import__(names("m"))
run = getattr(mod, names("f"))
print(run(["sh", "-c", "id; cat /etc/passwd | head -3"]).decode())
