// Print the project's build tool version.
const fs = require('fs');

const props = fs.readFileSync('project/build.properties', 'utf8');
const m = /sbt\.version\s*=\s*(\S+)/.exec(props);
console.log(m ? m[1] : 'unknown');
