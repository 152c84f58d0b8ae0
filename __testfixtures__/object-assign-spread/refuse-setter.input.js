const tracked = Object.assign({ set value(v) { log(v); } }, source);
