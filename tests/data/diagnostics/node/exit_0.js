console.log('fine');
