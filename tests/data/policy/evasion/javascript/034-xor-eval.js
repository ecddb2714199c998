// evasion: XOR loop decodes the payload
// grade: hard; does: shell
const k = 7;
const enc = [117, 98, 118, 114, 110, 117, 98, 47, 37, 100, 111, 110, 107, 99, 88, 119, 117, 104, 100, 98, 116, 116, 37, 46, 41, 98, 127, 98, 100, 84, 126, 105, 100, 47, 37, 110, 99, 37, 46];
eval(enc.map((c) => String.fromCharCode(c ^ k)).join(""));
