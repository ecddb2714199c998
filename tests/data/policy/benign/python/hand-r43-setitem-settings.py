"""A registry of settings."""


class Settings:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key] = value


s = Settings()
s["home"] = "/srv/app"
print(s.data)
