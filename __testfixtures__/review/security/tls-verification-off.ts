import https from 'node:https';

// ruleid: security/tls-verification-off
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

export const agent = new https.Agent({
  keepAlive: true,
  // ruleid: security/tls-verification-off
  rejectUnauthorized: false,
});

// ok: verification on, a custom CA
export const strict = new https.Agent({ rejectUnauthorized: true, ca: process.env.CA_PEM });
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '1';
