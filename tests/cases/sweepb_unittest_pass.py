import unittest


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


class BankAccount:
    def __init__(self, balance=0):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


class TestPrime(unittest.TestCase):
    def test_small(self):
        self.assertFalse(is_prime(1))
        self.assertTrue(is_prime(2))
        self.assertTrue(is_prime(13))

    def test_composite(self):
        for n in (4, 9, 15, 21):
            with self.subTest(n=n):
                self.assertFalse(is_prime(n))

    def test_list(self):
        self.assertListEqual([n for n in range(20) if is_prime(n)], [2, 3, 5, 7, 11, 13, 17, 19])


class TestAccount(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.log = []

    @classmethod
    def tearDownClass(cls):
        print("log:", cls.log)

    def setUp(self):
        self.acct = BankAccount(100)

    def tearDown(self):
        self.log.append(self._testMethodName)

    def test_withdraw(self):
        self.assertEqual(self.acct.withdraw(30), 70)

    def test_overdraw(self):
        with self.assertRaisesRegex(ValueError, "insufficient"):
            self.acct.withdraw(500)

    def test_skip_inside(self):
        self.skipTest("not ready")

    def test_approx(self):
        self.assertAlmostEqual(self.acct.balance / 3, 33.333, places=2)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertTupleEqual((1,), (1,))
        self.assertIsNot(self.acct, None)
        self.assertNotIn(5, [1, 2])
        self.assertRegex("hello world", r"w\w+")
        self.assertLessEqual(1, 1)
        self.assertGreaterEqual(2, 1)


if __name__ == "__main__":
    unittest.main(verbosity=2)
