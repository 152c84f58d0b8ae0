const React = require('react');

interface Props { label: string }

function Badge(props: Props) {
  return <span className="badge">{props.label}</span>;
}

module.exports = Badge;
