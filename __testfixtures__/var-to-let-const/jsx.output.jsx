import React from 'react';

export function List(props) {
  const items = props.items;
  const Item = props.item;
  let selected = null;
  if (props.first) selected = items[0];
  return (
    <ul>
      {items.map(function (it) {
        const label = it.name;
        return <Item key={label} label={label} active={it === selected} />;
      })}
    </ul>
  );
}
