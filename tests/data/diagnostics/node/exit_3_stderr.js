console.error('something went wrong');
process.exit(3);
