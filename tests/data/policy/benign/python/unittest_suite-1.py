import unittest


def uniq_delta(xs):
    return sorted(set(xs), key=lambda x: (x % 3, x))


class T(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(uniq_delta([0, 20, 2, 6, 14, 2, 19]), sorted(set([0, 20, 2, 6, 14, 2, 19]), key=lambda x: (x % 3, x)))

    def test_empty(self):
        self.assertEqual(uniq_delta([]), [])


if __name__ == "__main__":
    unittest.main(argv=["x"], exit=False)
