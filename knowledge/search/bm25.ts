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

/**
 * A term's frequency in each field packed into one small integer, FIELD_BITS per field: scoring looks a term up once
 * per entry, not once per field (the look-ups were a sixth of a search at 10,000 entries).
 */
const FIELD_BITS = 8;
const MAX_FREQ = (1 << FIELD_BITS) - 1;

interface FieldDoc {
  /** Per term, its frequency in each field (packed, see FIELD_BITS). */
  tf: Map<string, number>;
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
    if (boosts.length * FIELD_BITS > 30) throw new Error(`at most ${Math.floor(30 / FIELD_BITS)} fields`);
    this.totalLength = boosts.map(() => 0);
  }

  add(id: string, fields: readonly string[][]): void {
    this.remove(id);
    const doc: FieldDoc = { tf: new Map(), length: [] };
    fields.forEach((terms, f) => {
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, Math.min(MAX_FREQ, (tf.get(t) ?? 0) + 1));
      doc.length[f] = tf.size;
      this.totalLength[f] += tf.size;
      for (const [t, freq] of tf) {
        doc.tf.set(t, (doc.tf.get(t) ?? 0) | (freq << (f * FIELD_BITS)));
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
    doc.length.forEach((length, f) => (this.totalLength[f] -= length));
    for (const [t, packed] of doc.tf) {
      const counts = this.df.get(t)!;
      for (let f = 0; f < counts.length; f++) if ((packed >> (f * FIELD_BITS)) & MAX_FREQ) counts[f]--;
      if (counts.every((n) => n === 0)) this.df.delete(t);
    }
    this.docs.delete(id);
  }

  /** The entries among `ids` that hold any of `terms`, with their scores (unsorted). */
  score(ids: Iterable<string>, terms: readonly string[], boostTerm: (term: string) => number): Scored[] {
    const n = this.docs.size;
    const fields = this.boosts.length;
    const average = this.totalLength.map((total) => (n > 0 ? total / n : 0));
    // Per term and field: boost × idf, 0 where no entry holds the term in the field; terms no entry holds are left out.
    const held: string[] = [];
    const weight: number[][] = [];
    for (const t of terms) {
      const df = this.df.get(t);
      if (!df) continue;
      const b = boostTerm(t);
      held.push(t);
      weight.push(this.boosts.map((boost, f) => (df[f] > 0 ? b * boost * Math.log(1 + (n - df[f] + 0.5) / (df[f] + 0.5)) : 0)));
    }
    const lengthTerm = new Array<number>(fields);
    const out: Scored[] = [];
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      for (let f = 0; f < fields; f++) lengthTerm[f] = K * (1 - B + B * (average[f] > 0 ? doc.length[f] / average[f] : 0));
      let sum = 0;
      let matched = 0;
      for (let i = 0; i < held.length; i++) {
        const packed = doc.tf.get(held[i]);
        if (!packed) continue;
        let hit = false;
        for (let f = 0; f < fields; f++) {
          const freq = (packed >> (f * FIELD_BITS)) & MAX_FREQ;
          if (freq === 0 || weight[i][f] === 0) continue;
          hit = true;
          sum += weight[i][f] * (D + (freq * (K + 1)) / (freq + lengthTerm[f]));
        }
        if (hit) matched++;
      }
      if (matched > 0) out.push({ id, score: sum * matched });
    }
    return out;
  }
}
