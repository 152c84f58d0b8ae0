import 'top';

function parent() {
  require('scoped');
}

// comment
import 'bottom';

