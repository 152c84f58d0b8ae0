Object.assign({}, a, b).run();
