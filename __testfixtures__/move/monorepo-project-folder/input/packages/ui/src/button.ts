import { Widget } from '@demo/core';

export class Button extends Widget {}

export function make(name: string): Widget {
  return new Widget(name);
}
