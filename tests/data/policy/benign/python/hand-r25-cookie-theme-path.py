"""Load the stylesheet of the theme saved in the session cookie."""
from http.cookies import SimpleCookie
from pathlib import Path

jar = SimpleCookie('theme="dark"; lang=en')
css = Path("static") / "themes" / (jar["theme"].value + ".css")
print(css.read_text() if css.exists() else "default theme")
