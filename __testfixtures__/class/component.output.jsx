import React from 'react';

export class View {
  constructor(props) {
    this.props = props;
  }

  render() {
    return <div className="view">{this.props.children}</div>;
  }
}
