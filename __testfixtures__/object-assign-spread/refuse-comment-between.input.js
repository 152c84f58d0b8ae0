const merged = Object.assign({} /* fresh */, a);
const other = Object.assign({}, defaults, /* user wins */ options);
