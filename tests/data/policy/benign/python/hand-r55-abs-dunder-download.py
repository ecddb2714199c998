import urllib.request


class Delta:
    def __init__(self, url):
        self.url = url

    def __abs__(self):
        return len(urllib.request.urlopen(self.url).read())


print(abs(Delta("https://example.org/index.html")))
