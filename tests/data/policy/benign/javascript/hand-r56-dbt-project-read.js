const fs = require('fs');
const text = fs.readFileSync('dbt_project.yml', 'utf8');
console.log(text.split('\n').filter((l) => l.startsWith('name:')).join('\n'));
