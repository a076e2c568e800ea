/**
 * A search index built on first use: the HR tests hand one to every test, and most never search,
 * so the index over the curated entries (the slow part of a test) is built only by those that do.
 */
import type { KnowledgeSearch } from '../../knowledge/search/index.js';

export function lazyIndex(build: () => KnowledgeSearch): KnowledgeSearch {
  let built: KnowledgeSearch | undefined;
  return new Proxy({} as KnowledgeSearch, {
    get(_target, prop) {
      // `await` asks for `then`: an index is not a promise, and asking must not build it.
      if (prop === 'then') return undefined;
      built ??= build();
      const v = Reflect.get(built, prop, built) as unknown;
      return typeof v === 'function' ? v.bind(built) : v;
    },
  });
}
