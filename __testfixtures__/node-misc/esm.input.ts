import { IncomingMessage, ClientRequest } from 'node:http';
import * as zlib from 'node:zlib';
import repl from 'node:repl';
import { createRequireFromPath } from 'module';
import enroll from 'node:timers';

export const message = IncomingMessage(socket);
export const request = ClientRequest({ host: 'example.com' });
export const inflate = zlib.Inflate();
export const already = new zlib.Gunzip();
export const names = repl.builtinModules;
enroll.enroll(item, 1000);
