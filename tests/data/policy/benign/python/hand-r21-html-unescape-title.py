"""Save a page title, unescaped, as the name of a notes file."""
import html
import pathlib

title = html.unescape("Q&amp;A &#8211; week&#32;3")
path = pathlib.Path("notes") / (title.replace(" ", "_") + ".txt")
path.parent.mkdir(exist_ok=True)
path.write_text(title + "\n")
print(path)
