import { Buffer as SaferBuffer } from 'safer-buffer';
import { EventEmitter, once } from 'events';
import { merge, pick as choose } from 'lodash';
import { parse } from './parser';

export default function (input) {
  return merge(parse(input), choose(input, 'x'), new SaferBuffer(1), EventEmitter, once);
}
