'use strict';

/**
 * Application entry: wires middleware and routes.
 */
import express from 'express';
import bodyParser from 'body-parser';
import logger from 'morgan';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
const __filename = fileURLToPath(import.meta.url);
const __dirname = dirname(__filename);
import debugModule from 'debug';
var debug = debugModule('app:server');
import config from './config.json' with { type: 'json' };
import users from './routes/users';

var app = express();

app.set('views', __dirname + '/views'); // templates live next to this file
app.use(logger('dev'));
app.use(bodyParser.json());
import auth from './middleware/auth';
app.use(auth({ secret: config.secret }));
app.use('/users', users);

app.get('/', function (req, res) {
  debug('GET /');
  res.render('index', { title: config.title });
});

export default app;
