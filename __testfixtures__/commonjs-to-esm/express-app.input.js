'use strict';

/**
 * Application entry: wires middleware and routes.
 */
var express = require('express');
var bodyParser = require('body-parser');
var logger = require('morgan');
var debug = require('debug')('app:server');
var config = require('./config.json');
var users = require('./routes/users');

var app = express();

app.set('views', __dirname + '/views'); // templates live next to this file
app.use(logger('dev'));
app.use(bodyParser.json());
app.use(require('./middleware/auth')({ secret: config.secret }));
app.use('/users', users);

app.get('/', function (req, res) {
  debug('GET /');
  res.render('index', { title: config.title });
});

module.exports = app;
