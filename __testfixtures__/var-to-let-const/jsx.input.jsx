import React from 'react';

export function List(props) {
  var items = props.items;
  var Item = props.item;
  var selected = null;
  if (props.first) selected = items[0];
  return (
    <ul>
      {items.map(function (it) {
        var label = it.name;
        return <Item key={label} label={label} active={it === selected} />;
      })}
    </ul>
  );
}
