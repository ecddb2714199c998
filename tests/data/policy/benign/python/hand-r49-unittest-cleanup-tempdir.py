import shutil
import tempfile
import unittest

TMP = tempfile.mkdtemp()
unittest.addModuleCleanup(shutil.rmtree, TMP, ignore_errors=True)


class T(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(TMP)


if __name__ == "__main__":
    unittest.main()
