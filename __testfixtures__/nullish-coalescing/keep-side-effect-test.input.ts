interface Token {
  value: string;
}

declare function nextToken(): Token | undefined;

// The test is evaluated twice in the conditional and once with ??: not a candidate.
export const token = nextToken() ? nextToken() : { value: '' };
