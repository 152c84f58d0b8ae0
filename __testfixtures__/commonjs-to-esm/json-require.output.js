import pkg from '../package.json' with { type: 'json' };
import versionModule from './version.json' with { type: 'json' };
const { version } = versionModule;

export default function banner() {
  return pkg.name + '@' + version;
}
