// The target is an existing object: this mutates it, not a copy.
const same = Object.assign(target, patch);
