'use strict';
function x() {
  console.log('Banana');
}
