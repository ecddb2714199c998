"""A larger program: ordinary code, for the analysis benchmark."""
import json
import os
import re
import itertools
from collections import deque

class Record1:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 1})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

class Record2:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 2})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_3(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_4(root):
    name = os.path.join(root, 'part-4.txt')
    pairs = list(itertools.combinations(range(7), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def transform_5(items, factor=5):
    result = []
    for n, item in enumerate(items):
        if n % 7 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_5')
    return result

def transform_6(items, factor=6):
    result = []
    for n, item in enumerate(items):
        if n % 8 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_6')
    return result

def paths_7(root):
    name = os.path.join(root, 'part-7.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_8(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

class Record9:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 9})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

class Record10:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 10})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def paths_11(root):
    name = os.path.join(root, 'part-11.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_12(root):
    name = os.path.join(root, 'part-12.txt')
    pairs = list(itertools.combinations(range(3), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_13(root):
    name = os.path.join(root, 'part-13.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

class Record14:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 14})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

class Record15:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 15})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

class Record16:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 16})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def paths_17(root):
    name = os.path.join(root, 'part-17.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def transform_18(items, factor=18):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_18')
    return result

def transform_19(items, factor=19):
    result = []
    for n, item in enumerate(items):
        if n % 7 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_19')
    return result

class Record20:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 20})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def transform_21(items, factor=21):
    result = []
    for n, item in enumerate(items):
        if n % 2 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_21')
    return result

def window_22(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_23(items, factor=23):
    result = []
    for n, item in enumerate(items):
        if n % 4 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_23')
    return result

def window_24(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_25(root):
    name = os.path.join(root, 'part-25.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_26(root):
    name = os.path.join(root, 'part-26.txt')
    pairs = list(itertools.combinations(range(5), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_27(root):
    name = os.path.join(root, 'part-27.txt')
    pairs = list(itertools.combinations(range(6), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_28(root):
    name = os.path.join(root, 'part-28.txt')
    pairs = list(itertools.combinations(range(7), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_29(root):
    name = os.path.join(root, 'part-29.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

class Record30:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 30})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_31(seq, size=3):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_32(items, factor=32):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_32')
    return result

def transform_33(items, factor=33):
    result = []
    for n, item in enumerate(items):
        if n % 7 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_33')
    return result

class Record34:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 34})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def paths_35(root):
    name = os.path.join(root, 'part-35.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

class Record36:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 36})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_37(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_38(root):
    name = os.path.join(root, 'part-38.txt')
    pairs = list(itertools.combinations(range(5), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_39(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_40(root):
    name = os.path.join(root, 'part-40.txt')
    pairs = list(itertools.combinations(range(7), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_41(root):
    name = os.path.join(root, 'part-41.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_42(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_43(root):
    name = os.path.join(root, 'part-43.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

class Record44:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 44})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_45(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_46(items, factor=46):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_46')
    return result

def window_47(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

class Record48:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 48})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_49(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_50(items, factor=50):
    result = []
    for n, item in enumerate(items):
        if n % 3 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_50')
    return result

class Record51:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 51})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_52(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_53(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_54(items, factor=54):
    result = []
    for n, item in enumerate(items):
        if n % 7 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_54')
    return result

def transform_55(items, factor=55):
    result = []
    for n, item in enumerate(items):
        if n % 8 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_55')
    return result

def paths_56(root):
    name = os.path.join(root, 'part-56.txt')
    pairs = list(itertools.combinations(range(5), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_57(root):
    name = os.path.join(root, 'part-57.txt')
    pairs = list(itertools.combinations(range(6), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def transform_58(items, factor=58):
    result = []
    for n, item in enumerate(items):
        if n % 4 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_58')
    return result

def window_59(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_60(items, factor=60):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_60')
    return result

def paths_61(root):
    name = os.path.join(root, 'part-61.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

class Record62:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 62})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def transform_63(items, factor=63):
    result = []
    for n, item in enumerate(items):
        if n % 2 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_63')
    return result

def window_64(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_65(root):
    name = os.path.join(root, 'part-65.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_66(root):
    name = os.path.join(root, 'part-66.txt')
    pairs = list(itertools.combinations(range(3), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def transform_67(items, factor=67):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_67')
    return result

def transform_68(items, factor=68):
    result = []
    for n, item in enumerate(items):
        if n % 7 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_68')
    return result

def transform_69(items, factor=69):
    result = []
    for n, item in enumerate(items):
        if n % 8 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_69')
    return result

def paths_70(root):
    name = os.path.join(root, 'part-70.txt')
    pairs = list(itertools.combinations(range(7), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_71(seq, size=3):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_72(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

class Record73:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 73})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def transform_74(items, factor=74):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_74')
    return result

def window_75(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_76(items, factor=76):
    result = []
    for n, item in enumerate(items):
        if n % 8 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_76')
    return result

def transform_77(items, factor=77):
    result = []
    for n, item in enumerate(items):
        if n % 2 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_77')
    return result

def transform_78(items, factor=78):
    result = []
    for n, item in enumerate(items):
        if n % 3 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_78')
    return result

def transform_79(items, factor=79):
    result = []
    for n, item in enumerate(items):
        if n % 4 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_79')
    return result

class Record80:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 80})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def paths_81(root):
    name = os.path.join(root, 'part-81.txt')
    pairs = list(itertools.combinations(range(6), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_82(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_83(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

class Record84:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 84})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def transform_85(items, factor=85):
    result = []
    for n, item in enumerate(items):
        if n % 3 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_85')
    return result

def window_86(seq, size=3):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_87(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_88(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

class Record89:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 89})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def paths_90(root):
    name = os.path.join(root, 'part-90.txt')
    pairs = list(itertools.combinations(range(3), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_91(root):
    name = os.path.join(root, 'part-91.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_92(root):
    name = os.path.join(root, 'part-92.txt')
    pairs = list(itertools.combinations(range(5), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def paths_93(root):
    name = os.path.join(root, 'part-93.txt')
    pairs = list(itertools.combinations(range(6), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def transform_94(items, factor=94):
    result = []
    for n, item in enumerate(items):
        if n % 5 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_94')
    return result

def window_95(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_96(root):
    name = os.path.join(root, 'part-96.txt')
    pairs = list(itertools.combinations(range(3), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

class Record97:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 97})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_98(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_99(root):
    name = os.path.join(root, 'part-99.txt')
    pairs = list(itertools.combinations(range(6), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_100(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_101(seq, size=3):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_102(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_103(items, factor=103):
    result = []
    for n, item in enumerate(items):
        if n % 7 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_103')
    return result

def paths_104(root):
    name = os.path.join(root, 'part-104.txt')
    pairs = list(itertools.combinations(range(5), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_105(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def transform_106(items, factor=106):
    result = []
    for n, item in enumerate(items):
        if n % 3 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_106')
    return result

def paths_107(root):
    name = os.path.join(root, 'part-107.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

class Record108:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 108})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def transform_109(items, factor=109):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_109')
    return result

def window_110(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_111(root):
    name = os.path.join(root, 'part-111.txt')
    pairs = list(itertools.combinations(range(6), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_112(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_113(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_114(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_115(root):
    name = os.path.join(root, 'part-115.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def transform_116(items, factor=116):
    result = []
    for n, item in enumerate(items):
        if n % 6 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_116')
    return result

def transform_117(items, factor=117):
    result = []
    for n, item in enumerate(items):
        if n % 7 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_117')
    return result

def transform_118(items, factor=118):
    result = []
    for n, item in enumerate(items):
        if n % 8 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_118')
    return result

def window_119(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_120(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_121(root):
    name = os.path.join(root, 'part-121.txt')
    pairs = list(itertools.combinations(range(4), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def window_122(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_123(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

class Record124:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 124})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_125(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

class Record126:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 126})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_127(seq, size=4):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_128(seq, size=5):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_129(seq, size=6):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def window_130(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size

def paths_131(root):
    name = os.path.join(root, 'part-131.txt')
    pairs = list(itertools.combinations(range(8), 2))
    return name, [a * b for a, b in pairs if (a + b) % 2 == 0]

def transform_132(items, factor=132):
    result = []
    for n, item in enumerate(items):
        if n % 8 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_132')
    return result

def transform_133(items, factor=133):
    result = []
    for n, item in enumerate(items):
        if n % 2 == 0:
            result.append(item * factor)
        else:
            result.append(str(item).upper() + '_133')
    return result

class Record134:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def to_json(self):
        return json.dumps({'name': self.name, 'value': self.value, 'id': 134})
    def matches(self, pattern):
        return re.search(pattern, self.name) is not None

def window_135(seq, size=2):
    q = deque(maxlen=size)
    for x in seq:
        q.append(x)
        if len(q) == size:
            yield sum(q) / size



if __name__ == '__main__':
    print(transform_1([1, 2, 3]) if 'transform_1' in globals() else 0)
