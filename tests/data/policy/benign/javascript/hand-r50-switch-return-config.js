const fs = require('fs');
const path = require('path');

function locate(kind) {
  switch (kind) {
    case 'eslint':
      return path.join(process.cwd(), '.eslintrc.json');
    case 'prettier':
      return path.join(process.cwd(), '.prettierrc');
    default:
      return null;
  }
}

const f = locate('eslint');
if (f && fs.existsSync(f)) console.log(JSON.parse(fs.readFileSync(f, 'utf8')));
