import { Component } from '@demo/core';

export class Button extends Component {}

export function make(name: string): Component {
  return new Component(name);
}
