Object.assign({}, defaults, options);
