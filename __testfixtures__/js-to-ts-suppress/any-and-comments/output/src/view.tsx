export function Greeting(props: { name: string }) {
  return (
    // @ts-expect-error JSX element implicitly has type 'any' because no interface 'JSX.IntrinsicElements' exists.
    <p>
      Hello
      {(props as any).nmae}
    {/* @ts-expect-error JSX element implicitly has type 'any' because no interface 'JSX.IntrinsicElements' exists. */}
    </p>
  );
}
