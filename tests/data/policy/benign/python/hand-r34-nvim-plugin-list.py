"""List the editor plugins the project recommends."""
from pathlib import Path

proj = Path(".nvim")
proj.mkdir(exist_ok=True)
(proj / "plugins.txt").write_text("nvim-treesitter\ntelescope.nvim\n")
print((proj / "plugins.txt").read_text())
