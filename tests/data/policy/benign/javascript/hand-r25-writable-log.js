// A sink that counts the lines written to it.
const { Writable } = require('stream');

let lines = 0;
const sink = new Writable({
  write(chunk, _enc, cb) {
    lines += chunk.toString().split('\n').length - 1;
    cb();
  },
});
sink.write('a\nb\n');
sink.end(() => console.log(lines));
