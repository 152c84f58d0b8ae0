'use strict';
// A plain top-level `let`, not read before it is assigned: hoisting the import is unobservable.
let helper;
import helperModule from './helper';
helper = helperModule;

export default function run() {
  return helper();
}
