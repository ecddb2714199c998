const fs = require('fs');
const text = fs.readFileSync('snowflake.yml', 'utf8');
console.log(text.split('\n').length, 'lines in the project definition');
