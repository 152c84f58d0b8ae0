import React from 'react';

interface Props { label: string }

function Badge(props: Props) {
  return <span className="badge">{props.label}</span>;
}

export default Badge;
