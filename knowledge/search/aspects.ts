/**
 * Concepts that ask about an aspect of a topic («hvor lenge», «kan», «i kommunen») rather than name one: the
 * synonym groups' terms (terms.ts writes a group as «#group»). Used where a question's topic words are counted.
 */
const ASPECT_KEYS = new Set(
  ['duration', 'amount', 'cost', 'counts', 'may', 'must', 'should', 'not', 'municipality', 'county', 'state', 'agency', 'employer', 'help'].map((g) => `#${g}`),
);

export const isAspectKey = (key: string): boolean => ASPECT_KEYS.has(key);
