from fractions import Fraction
import math

terms = [Fraction(1, k * (k + 1)) for k in range(1, 9 + 1)]
s = sum(terms)
print(s, float(s))
assert s == Fraction(9, 9 + 1)
print(math.comb(9, 2), math.gcd(3, 4))
