import type { Widget } from '@demo/core';
import { Button, make } from '@demo/ui';

const all: Widget[] = [make('a'), new Button('b')];

export const html = all.map((widget) => widget.render()).join('');
