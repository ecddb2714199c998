from fractions import Fraction
import math

terms = [Fraction(1, k * (k + 1)) for k in range(1, 5 + 1)]
s = sum(terms)
print(s, float(s))
assert s == Fraction(5, 5 + 1)
print(math.comb(5, 2), math.gcd(7, 7))
