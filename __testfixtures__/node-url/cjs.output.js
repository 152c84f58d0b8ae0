const url = require('url');

const home = new URL('https://example.com/docs/index.html?x=1#top').pathname;
const host = new URL('https://Example.COM:8443/').host;
const port = url.parse('https://example.com/').port;
const next = new URL('../c?d=1', 'https://example.com/a/b').href;
const same = url.resolve('/one/two/three', 'four');

function route(req) {
  const { pathname, query } = url.parse(req.url, true);
  return [pathname, query, url.format({ protocol: 'http', host: 'a.com' }), url.format(new URL('http://a.com'))];
}

module.exports = { home, host, port, next, same, route };
