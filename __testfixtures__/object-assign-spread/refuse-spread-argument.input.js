const merged = Object.assign({}, ...layers);
