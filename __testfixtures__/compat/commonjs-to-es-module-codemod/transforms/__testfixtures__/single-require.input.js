require('top');

function parent() {
  require('scoped');
}

// comment
require('bottom');
