const fs = require('fs');

const chart = ['.', 'charts', 'app', 'Chart.yaml'].join('/');
const body = fs.readFileSync(chart, 'utf8');
const version = /version:\s*(\S+)/.exec(body);
console.log('chart version', version ? version[1] : '?');
