"""Print a banner with letters picked from the alphabet."""
import string

L = string.ascii_lowercase
word = L[7] + L[4] + L[11] + L[11] + L[14]
print(word.upper())
