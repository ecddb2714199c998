const path = require('path');

const table = Object.fromEntries([['x', 'join'], ['y', 'basename']]);
console.log(path[table.x]('src', 'index.js'), path[table.y]('/a/b/c.txt'));
