log('start');
log(log(value));
