import unittest


def uniq_beta(xs):
    return sorted(set(xs), key=lambda x: (x % 3, x))


class T(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(uniq_beta([3, 7, 17]), sorted(set([3, 7, 17]), key=lambda x: (x % 3, x)))

    def test_empty(self):
        self.assertEqual(uniq_beta([]), [])


if __name__ == "__main__":
    unittest.main(argv=["x"], exit=False)
