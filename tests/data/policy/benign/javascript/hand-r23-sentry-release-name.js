// Builds the release name sent with crash reports from package.json.
const fs = require('fs');

fs.readFile('package.json', 'utf8', (err, text) => {
  if (err) return console.error(err.message);
  const { name, version } = JSON.parse(text);
  console.log(`${name}@${version}`);
});
