import { ts } from '../../core/parse.js';
import { defineSecurityRule, type SecurityHit } from './rule.js';
import { nameAround, walk, wordsOf } from './syntax.js';

/** Key formats that say what they are by themselves (prefix and length fixed by their issuers). */
const KEY_FORMATS: ReadonlyArray<readonly [string, RegExp]> = [
  ['an AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['a GitHub token', /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/],
  ['a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ['a Stripe secret key', /\b[sr]k_live_[0-9A-Za-z]{20,}\b/],
  ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['an npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['a private key', /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/],
];

const CREDENTIAL_NAMES = [['password'], ['passwd'], ['pwd'], ['secret'], ['api', 'key'], ['apikey'], ['access', 'token'], ['auth', 'token'], ['client', 'secret'], ['private', 'key'], ['secret', 'key']];
/** Values that are plainly not secrets: placeholders and references to somewhere else. */
const PLACEHOLDER = /^(|x+|\*+|changeme|change[-_ ]?me|password|secret|todo|example|test|dummy|placeholder|<.*>|\$\{.*\}|%.*%)$/i;

function namesCredential(name: string): boolean {
  const words = wordsOf(name);
  return CREDENTIAL_NAMES.some((parts) => words.some((_, i) => parts.every((part, k) => words[i + k] === part)));
}

/** Key formats anywhere in a string; any string of 8+ characters given to a name like `password` or `apiKey`. */
export const hardcodedCredentialRule = defineSecurityRule({
  id: 'security/hardcoded-credential',
  title: 'Credential written into the source',
  severity: 'error',
  description: 'A secret in the source is in every clone, fork and log of the repository. Flagged: strings in a known key format (AWS, GitHub, Slack, Stripe, Google, npm tokens, PEM private keys), and string literals of 8 or more characters assigned to a name such as `password`, `apiKey`, `clientSecret` or `accessToken` (placeholders like `changeme` are left alone). Read secrets from the environment or a secret store.',
  check({ sourceFile }) {
    const hits: SecurityHit[] = [];
    walk(sourceFile, (node) => {
      if (!ts.isStringLiteralLike(node)) return;
      const format = KEY_FORMATS.find(([, pattern]) => pattern.test(node.text));
      if (format) {
        hits.push({ node, message: `${format[0]} is written into the source; load it from the environment or a secret store (and revoke this one)` });
        return;
      }
      const parent = node.parent;
      const assigned = ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || (ts.isBinaryExpression(parent) && parent.right === node);
      if (!assigned || node.text.length < 8 || PLACEHOLDER.test(node.text)) return;
      const name = nameAround(node);
      if (name && namesCredential(name)) hits.push({ node, message: `\`${name}\` is given a literal secret; load it from the environment or a secret store` });
    });
    return hits;
  },
});
