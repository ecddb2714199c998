// Prints the configured region from the project's deployment settings.
const fs = require('fs');
const path = require('path');

const settings = JSON.parse(fs.readFileSync(path.join(__dirname, 'deploy', 'oci.json'), 'utf8'));
console.log('region:', settings.region || 'us-ashburn-1');
