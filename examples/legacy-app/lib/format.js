'use strict';

var escapeHtml = require('../vendor/escape-html');

var CURRENCIES = ['EUR', 'USD', 'GBP'];

function formatPrice(cents, currency) {
  if (CURRENCIES.indexOf(currency) === -1) {
    throw new Error('Unsupported currency ' + currency);
  }
  var value = (cents / 100).toFixed(2);
  return value + ' ' + currency;
}

function formatRow(item) {
  var label = escapeHtml(item.name);
  return '<tr><td>' + item.sku + '</td><td>' + label + '</td><td>' + item.quantity + '</td></tr>';
}

function formatTable(items) {
  var rows = items.map(function (item) {
    return formatRow(item);
  });
  return '<table>\n' + rows.join('\n') + '\n</table>';
}

function volume(side) {
  return Math.pow(side, 3);
}

function sum() {
  var total = 0;
  for (var i = 0; i < arguments.length; i++) {
    total += arguments[i];
  }
  return total;
}

function largest(values) {
  return Math.max.apply(null, values);
}

module.exports = {
  formatPrice: formatPrice,
  formatRow: formatRow,
  formatTable: formatTable,
  volume: volume,
  sum: sum,
  largest: largest
};
