/* eslint-disable no-extra-bind */
'use strict';

var fn1 = () => {
  console.log('Banana!');
};

var fn2 = () => {
  console.log('foo!');
};
