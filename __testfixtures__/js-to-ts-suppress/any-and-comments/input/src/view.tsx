export function Greeting(props: { name: string }) {
  return (
    <p>
      Hello
      {props.nmae}
    </p>
  );
}
