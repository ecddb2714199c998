import unittest


def uniq_eta(xs):
    return sorted(set(xs), key=lambda x: (x % 3, x))


class T(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(uniq_eta([2, 3, 11, 19, 9, 20]), sorted(set([2, 3, 11, 19, 9, 20]), key=lambda x: (x % 3, x)))

    def test_empty(self):
        self.assertEqual(uniq_eta([]), [])


if __name__ == "__main__":
    unittest.main(argv=["x"], exit=False)
