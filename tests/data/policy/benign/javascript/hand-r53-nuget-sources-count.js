// Count package sources in the project's own NuGet.Config.
const fs = require('fs');

const xml = fs.readFileSync('NuGet.Config', 'utf8');
console.log((xml.match(/<add key=/g) || []).length);
