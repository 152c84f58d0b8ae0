import { Buffer as NodeBuffer, atob, btoa as encode } from 'node:buffer';
import * as buffer from 'buffer';

export const decoded = atob('aGk=');
export const encoded = encode('hi');
export const other = buffer.btoa('x') + new NodeBuffer(4).length + new buffer.Buffer('a').length;
export const sizes = buffer.SlowBuffer(8);
