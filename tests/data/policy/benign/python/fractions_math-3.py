from fractions import Fraction
import math

terms = [Fraction(1, k * (k + 1)) for k in range(1, 2 + 1)]
s = sum(terms)
print(s, float(s))
assert s == Fraction(2, 2 + 1)
print(math.comb(2, 2), math.gcd(4, 8))
