import unittest

class TestMath(unittest.TestCase):
    def setUp(self):
        self.x = 3
    def test_add(self):
        self.assertEqual(self.x + 1, 4)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")
    def test_error(self):
        {}["missing"]
    @unittest.skip("not now")
    def test_skipped(self):
        pass
    def test_misc(self):
        self.assertTrue(True)
        self.assertIn(1, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance(1, int)
        self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("q")
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

class TestOther(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def test_str(self):
        print("in test_str")
        self.assertEqual("a".upper(), "A")
    def test_msg(self):
        try:
            self.assertEqual(1, 2, "custom")
        except AssertionError as e:
            print("caught:", e)
        try:
            self.assertEqual("abc\ndef\n", "abc\nxyz\n")
        except AssertionError as e:
            print("caught:", e)
        try:
            self.assertTrue(0)
        except AssertionError as e:
            print("caught:", e)

if __name__ == "__main__":
    unittest.main()
