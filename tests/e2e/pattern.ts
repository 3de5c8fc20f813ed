// The answer pattern the end-to-end tests give every built-in framework. It mirrors
// pattern_answer in tests/e2e_expectations.rs, which pins the scores the core computes
// for it in expected-scores.json.

export type Item = { id: string; type: 'behaviour' | 'anchored' | 'scenario' | 'evidence' };
export type Framework = {
  id: string;
  title: string;
  dimensions: { id: string; name: string; items: Item[] }[];
};

/** The input ids to check for item `item`, the k-th scored item in presentation order. */
export function inputsFor(item: Item, k: number): string[] {
  switch (item.type) {
    case 'behaviour':
      // Inputs are `${id}-${n}`: n 0..4 are ratings 1..5, n 5 is "hasn't come up" and
      // n 6 "prefer not to answer".
      if (k % 7 === 6) return [`${item.id}-6`];
      if (k % 11 === 10) return [`${item.id}-5`];
      return [`${item.id}-${(k * 3) % 5}`];
    case 'anchored':
      return [`${item.id}-${k % 4}`];
    case 'scenario':
      return [`${item.id}-most-${k % 4}`, `${item.id}-least-${(k + 1) % 4}`];
    default:
      return [];
  }
}
