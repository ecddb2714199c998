from fractions import Fraction
import math

terms = [Fraction(1, k * (k + 1)) for k in range(1, 8 + 1)]
s = sum(terms)
print(s, float(s))
assert s == Fraction(8, 8 + 1)
print(math.comb(8, 2), math.gcd(6, 3))
