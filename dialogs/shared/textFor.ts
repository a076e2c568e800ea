/**
 * The text a string table holds for `key`. A key without a text is a bug in the table, never something to
 * show as nothing or as an internal id: it throws, so the test that reaches it fails loudly.
 */
export function textFor<T>(table: Readonly<Record<string, T>>, key: string, what: string): T {
  const v = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  if (v === undefined || v === '') throw new Error(`no ${what} text for «${key}»`);
  return v;
}
