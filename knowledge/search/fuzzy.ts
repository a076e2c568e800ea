/**
 * Typo tolerance: words within a small edit distance of the vocabulary. A deletion index (SymSpell)
 * holds each vocabulary term and its deletions (up to two letters for long terms); a query word's
 * deletions up to two letters are looked up there, and the candidates are confirmed with a bounded Damerau-Levenshtein distance.
 */

/** Optimal-string-alignment distance, or max + 1 once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], max + 1);
}

/** Largest distance allowed for a word of this length: none below 5 letters, 1 up to 7, else 2. */
export function maxEditsFor(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface FuzzyMatch {
  term: string;
  distance: number;
}

export class FuzzyIndex {
  private readonly deletes = new Map<string, string[]>();
  private readonly terms = new Set<string>();
  private readonly cache = new Map<string, FuzzyMatch[]>();

  add(term: string): void {
    if (this.terms.has(term) || term.length < 4) return;
    this.terms.add(term);
    this.cache.clear();
    const keys = new Set([term, ...deletions(term)]);
    if (term.length >= 7) for (const d of [...keys]) for (const dd of deletions(d)) keys.add(dd);
    for (const key of keys) {
      const list = this.deletes.get(key);
      if (list) {
        if (!list.includes(term)) list.push(term);
      } else this.deletes.set(key, [term]);
    }
  }

  /** Terms at the smallest distance ≤ max (the word itself excluded), filtered by `alive`. */
  lookup(word: string, max: number, alive: (term: string) => boolean = () => true): FuzzyMatch[] {
    if (max <= 0) return [];
    const key = `${max}:${word}`;
    let found = this.cache.get(key);
    if (!found) {
      const candidates = new Set<string>();
      const probe = new Set<string>([word]);
      let frontier = [word];
      for (let d = 0; d < max; d++) {
        const next: string[] = [];
        for (const w of frontier) for (const del of deletions(w)) if (!probe.has(del)) { probe.add(del); next.push(del); }
        frontier = next;
      }
      for (const p of probe) for (const t of this.deletes.get(p) ?? []) candidates.add(t);
      candidates.delete(word);
      const scored = [...candidates]
        .map((term) => ({ term, distance: editDistance(word, term, max) }))
        .filter((m) => m.distance <= max);
      found = scored;
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(key, found);
    }
    const live = found.filter((m) => alive(m.term));
    const best = Math.min(...live.map((m) => m.distance));
    return live.filter((m) => m.distance === best).sort((a, b) => (a.term < b.term ? -1 : 1));
  }
}
