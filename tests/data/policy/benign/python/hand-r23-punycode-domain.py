"""Show the Unicode form of an internationalised domain label."""
label = b"mnchen-3ya".decode("punycode")
print(label)
