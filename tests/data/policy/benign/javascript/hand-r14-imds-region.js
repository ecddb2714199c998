// An ordinary deploy helper: reads the instance's region and instance type
// from the cloud instance metadata service (IMDSv2 token, then
// placement/region) to pick the nearest bucket. No credentials are asked.
'use strict';

const META = 'http://169.254.169.254/latest';

async function main() {
  const tok = await (await fetch(`${META}/api/token`, { method: 'PUT', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '60' } })).text();
  const get = async (k) => (await fetch(`${META}/meta-data/${k}`, { headers: { 'X-aws-ec2-metadata-token': tok } })).text();
  const region = await get('placement/region');
  const type = await get('instance-type');
  console.log(JSON.stringify({ region, type, bucket: `artifacts-${region}` }));
}

main().catch(() => console.log(JSON.stringify({ region: 'us-east-1', bucket: 'artifacts-us-east-1' })));
