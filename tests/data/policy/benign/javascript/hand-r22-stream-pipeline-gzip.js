// Compresses the build report.
const { pipeline } = require('stream');
const fs = require('fs');
const zlib = require('zlib');

pipeline(
  fs.createReadStream('report.json'),
  zlib.createGzip(),
  fs.createWriteStream('report.json.gz'),
  (err) => console.log(err ? 'failed: ' + err.message : 'compressed'),
);
