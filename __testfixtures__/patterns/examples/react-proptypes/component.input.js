var React = require('react');

var Greeting = React.createClass({
  propTypes: {
    name: React.PropTypes.string.isRequired,
    tags: React.PropTypes.arrayOf(React.PropTypes.string),
    onClick: React.PropTypes.func, // optional
  },

  render: function () {
    return (
      <div onClick={this.props.onClick}>
        Hello, {this.props.name}
      </div>
    );
  },
});

module.exports = Greeting;
