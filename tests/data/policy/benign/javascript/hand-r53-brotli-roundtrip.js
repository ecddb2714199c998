// Compress and decompress a text and report the ratio.
const zlib = require('zlib');

const text = 'hello world '.repeat(100);
const packed = zlib.brotliCompressSync(text);
const back = zlib.brotliDecompressSync(packed).toString();
console.log(back === text, (packed.length / text.length).toFixed(3));
