def load(d):
    try:
        return d['key']
    except KeyError as e:
        raise ValueError("config is missing 'key'\nsee the docs") from e


load({})
