/**
 * BM25+ over the entries' short fields for a given handful of entries, scored as MiniSearch scores them
 * (k 1.2, b 0.7, d 0.5; a field's length is its number of distinct terms; the sum is multiplied by the
 * number of query terms matched). Used when a large base has narrowed the candidates down to a few dozen
 * entries: walking the library's postings of words that thousands of entries hold would cost more than
 * the scoring (see Retrieval.candidates()).
 */
/** BM25+ parameters, the same for the library (retrieval.ts) and this scorer. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const { k: K, b: B, d: D } = BM25;

export interface Scored {
  id: string;
  score: number;
}

interface FieldDoc {
  /** Term frequency per field. */
  tf: Array<Map<string, number>>;
  /** Distinct terms per field. */
  length: number[];
}

export class FieldScorer {
  private readonly docs = new Map<string, FieldDoc>();
  /** Per term, how many entries hold it in each field. */
  private readonly df = new Map<string, number[]>();
  private readonly totalLength: number[];

  /** `boosts` per field, in the order fields are given to add(). */
  constructor(private readonly boosts: readonly number[]) {
    this.totalLength = boosts.map(() => 0);
  }

  add(id: string, fields: readonly string[][]): void {
    this.remove(id);
    const doc: FieldDoc = { tf: [], length: [] };
    fields.forEach((terms, f) => {
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      doc.tf[f] = tf;
      doc.length[f] = tf.size;
      this.totalLength[f] += tf.size;
      for (const t of tf.keys()) {
        let counts = this.df.get(t);
        if (!counts) this.df.set(t, (counts = this.boosts.map(() => 0)));
        counts[f]++;
      }
    });
    this.docs.set(id, doc);
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    doc.tf.forEach((tf, f) => {
      this.totalLength[f] -= doc.length[f];
      for (const t of tf.keys()) {
        const counts = this.df.get(t)!;
        counts[f]--;
        if (counts.every((n) => n === 0)) this.df.delete(t);
      }
    });
    this.docs.delete(id);
  }

  /** The entries among `ids` that hold any of `terms`, with their scores (unsorted). */
  score(ids: Iterable<string>, terms: readonly string[], boostTerm: (term: string) => number): Scored[] {
    const n = this.docs.size;
    const fields = this.boosts.length;
    const average = this.totalLength.map((total) => (n > 0 ? total / n : 0));
    // Per term and field: boost × idf, 0 where no entry holds the term in the field.
    const weight = terms.map((t) => {
      const df = this.df.get(t);
      const b = boostTerm(t);
      return this.boosts.map((boost, f) => (df && df[f] > 0 ? b * boost * Math.log(1 + (n - df[f] + 0.5) / (df[f] + 0.5)) : 0));
    });
    const out: Scored[] = [];
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      let sum = 0;
      let matched = 0;
      for (let i = 0; i < terms.length; i++) {
        let hit = false;
        for (let f = 0; f < fields; f++) {
          const freq = weight[i][f] > 0 ? doc.tf[f].get(terms[i]) : undefined;
          if (!freq) continue;
          hit = true;
          const norm = average[f] > 0 ? doc.length[f] / average[f] : 0;
          sum += weight[i][f] * (D + (freq * (K + 1)) / (freq + K * (1 - B + B * norm)));
        }
        if (hit) matched++;
      }
      if (matched > 0) out.push({ id, score: sum * matched });
    }
    return out;
  }
}
