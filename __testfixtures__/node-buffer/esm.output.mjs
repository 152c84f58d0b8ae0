import { Buffer as NodeBuffer } from 'node:buffer';
import * as buffer from 'buffer';

export const decoded = atob('aGk=');
export const encoded = btoa('hi');
export const other = btoa('x') + NodeBuffer.alloc(4).length + buffer.Buffer.from('a').length;
export const sizes = Buffer.allocUnsafeSlow(8);
