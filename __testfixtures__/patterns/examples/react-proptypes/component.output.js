var React = require('react');

var Greeting = createReactClass({
  propTypes: {
    name: PropTypes.string.isRequired,
    tags: PropTypes.arrayOf(PropTypes.string),
    onClick: PropTypes.func, // optional
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
