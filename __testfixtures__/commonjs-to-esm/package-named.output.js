import saferBuffer from 'safer-buffer';
var SaferBuffer = saferBuffer.Buffer;
import { EventEmitter, once } from 'events';
import lodash from 'lodash';
const { merge, pick: choose } = lodash;
import parser from './parser';
const { parse } = parser;

export default function (input) {
  return merge(parse(input), choose(input, 'x'), new SaferBuffer(1), EventEmitter, once);
}
