// Plain JavaScript still in the project (allowJs): require() paths move too.
const { Button } = require('./ui/button/Button');

module.exports = { render: () => Button({ label: 'Boot' }) };
