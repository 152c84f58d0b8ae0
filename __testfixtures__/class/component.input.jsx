import React from 'react';

export function View(props) {
  this.props = props;
}
View.prototype.render = function () {
  return <div className="view">{this.props.children}</div>;
};
