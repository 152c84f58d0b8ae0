import type { Component } from '@demo/core';
import { Button, make } from '@demo/ui';

const all: Component[] = [make('a'), new Button('b')];

export const html = all.map((widget) => widget.render()).join('');
