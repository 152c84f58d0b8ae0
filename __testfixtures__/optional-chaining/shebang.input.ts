#!/usr/bin/env node
interface Args {
  help?: { text: string };
}

declare const args: Args | undefined;

if (args && args.help) {
  void args.help.text;
}
