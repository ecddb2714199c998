"""Print the cookies of a saved request."""
from http.cookies import SimpleCookie

jar = SimpleCookie()
jar.load('theme="dark"; lang="en"')
for name, morsel in jar.items():
    print(name, morsel.value)
