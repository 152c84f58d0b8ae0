const React = require('react');
const { Button } = require('./button');

function App() {
  return <Button label="hi" />;
}

module.exports = App;
