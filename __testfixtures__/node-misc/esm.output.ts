import { IncomingMessage, ClientRequest } from 'node:http';
import * as zlib from 'node:zlib';
import repl from 'node:repl';
import { createRequireFromPath } from 'module';
import enroll from 'node:timers';

export const message = new IncomingMessage(socket);
export const request = new ClientRequest({ host: 'example.com' });
export const inflate = new zlib.Inflate();
export const already = new zlib.Gunzip();
export const names = repl.builtinModules;
enroll.enroll(item, 1000);
