const state = Object.assign({}, prev, { user: Object.assign({}, prev.user, patch) });
