// Upper-case a few lines through a stream.
const { Readable } = require('stream');

Readable.from(['one', 'two'])
  .map((s) => s.toUpperCase())
  .forEach((s) => console.log(s));
