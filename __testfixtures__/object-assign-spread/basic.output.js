const merged = { ...defaults, ...options };
const withId = { id: nextId(), ...record };
const copy = { ...state, ...{ loading: true } };
export default { ...base, ...overrides };
function settings(user) {
  return { ...globalSettings, ...user.settings || {} };
}
