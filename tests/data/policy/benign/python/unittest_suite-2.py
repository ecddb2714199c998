import unittest


def uniq_sigma(xs):
    return sorted(set(xs), key=lambda x: (x % 3, x))


class T(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(uniq_sigma([9, 17, 4, 14]), sorted(set([9, 17, 4, 14]), key=lambda x: (x % 3, x)))

    def test_empty(self):
        self.assertEqual(uniq_sigma([]), [])


if __name__ == "__main__":
    unittest.main(argv=["x"], exit=False)
