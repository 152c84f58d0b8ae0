'use strict';

var http = require('http');
var Inventory = require('./inventory');
var format = require('./format');
var config = require('./config');

function createServer(options) {
  var settings = config.loadConfig(options && options.configFile);
  var inventory = new Inventory({ lowStockThreshold: settings.lowStockThreshold });

  inventory.on('low-stock', function (item) {
    console.warn('Low stock for ' + item.sku + ': ' + item.quantity + ' left');
  });

  var server = http.createServer(function (req, res) {
    if (req.url === '/items') {
      res.setHeader('Content-Type', 'text/html');
      res.end(format.formatTable(inventory.list()));
      return;
    }
    res.statusCode = 404;
    res.end('Not found: ' + req.url);
  });

  return { server: server, inventory: inventory, settings: settings };
}

module.exports = createServer;
