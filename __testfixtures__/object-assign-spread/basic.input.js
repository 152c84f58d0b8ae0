const merged = Object.assign({}, defaults, options);
const withId = Object.assign({ id: nextId() }, record);
const copy = Object.assign({}, state, { loading: true });
export default Object.assign({}, base, overrides);
function settings(user) {
  return Object.assign({}, globalSettings, user.settings || {});
}
