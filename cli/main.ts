console.log('drover');
