"""Print a boxed banner using character codes for the border."""
codes = (43, 45, 45, 45, 43)
border = ("%c" * len(codes)) % codes
title = "build"
print(border)
print("|%s|" % title[:3].center(3))
print(border)
