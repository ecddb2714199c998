// Parses a version out of a tag.
const tag = 'release-v1.4.2-final';
const version = tag.substring(9, 14);
console.log(version.split('.').map(Number));
