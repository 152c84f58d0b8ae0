export function Button(props: Props) {
  return <button style={Object.assign({}, baseStyle, props.style)}>{props.label}</button>;
}
