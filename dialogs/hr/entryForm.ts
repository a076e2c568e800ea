/**
 * The entry form: what HR typed (all strings) → a valid Entry, or field-level errors in Norwegian.
 * Sources are one per line, "<kind> <name> | <section>", so they can be typed on a phone:
 *   seed 002_b87eac80d50e4c8e.txt | 3.2 Unntak   a seed document (file name from SEED_DOCUMENTS)
 *   lov statsansatteloven | § 7                 a law or regulation from LAWS (case-insensitive)
 *   håndbok | 2.3                               Statens personalhåndbok, by point
 *   ks KS: Inn i jobb | jus                      other KS guidance, by title (section optional)
 */
import { EntrySchema, LAWS, SEED_DOCUMENTS, describeSource, type Entry, type Source } from '../../knowledge/entries/schema.js';
import { stripInvisible } from '../shared/escape.js';
import { S } from './strings.js';

export interface EntryFormValues {
  title: string;
  questions: string;
  answer: string;
  sector: string;
  sources: string;
  tags: string;
}

export type FieldErrors = Partial<Record<keyof EntryFormValues, string>>;

export const LIMITS = { title: 120, answer: 4000 } as const;

export function emptyForm(question = ''): EntryFormValues {
  return { title: '', questions: question, answer: '', sector: 'both', sources: '', tags: '' };
}

export function formFromEntry(e: Entry): EntryFormValues {
  return {
    title: e.title,
    questions: e.questions.join('\n'),
    answer: e.answer,
    sector: e.sector,
    sources: e.sources.map(formatSource).join('\n'),
    tags: e.tags.join(', '),
  };
}

export function formatSource(s: Source): string {
  switch (s.type) {
    case 'seed':
      return `seed ${s.file} | ${s.section}`;
    case 'law':
      return `lov ${s.law} | ${s.section}`;
    case 'handbook':
      return `håndbok | ${s.section}`;
    case 'ks':
      return `ks ${s.title}${s.section ? ` | ${s.section}` : ''}`;
    case 'web':
      return `lenke ${s.title} | ${s.url}`;
    case 'local':
      return `lokal ${s.title}`;
  }
}

/** Reads one source line; returns the source or a Norwegian error. */
export function parseSource(line: string): Source | string {
  const [head, ...rest] = line.split('|');
  const section = rest.join('|').trim();
  const m = /^\s*(seed|kilde|lov|håndbok|handbok|ks)\s*(.*)$/i.exec(head);
  if (!m) return S.form.sourceSyntax(line);
  const kind = m[1].toLowerCase();
  const name = m[2].trim();
  if (kind === 'seed' || kind === 'kilde') {
    if (!(name in SEED_DOCUMENTS)) return S.form.unknownSeed(name);
    if (!section) return S.form.sourceNeedsSection(line);
    return { type: 'seed', file: name as keyof typeof SEED_DOCUMENTS, section };
  }
  if (kind === 'lov') {
    const law = LAWS.find((l) => l.toLowerCase() === name.toLowerCase());
    if (!law) return S.form.unknownLaw(name);
    if (!section) return S.form.sourceNeedsSection(line);
    return { type: 'law', law, section };
  }
  if (kind === 'håndbok' || kind === 'handbok') {
    const sec = section || name;
    if (!sec) return S.form.sourceNeedsSection(line);
    return { type: 'handbook', section: sec };
  }
  if (!name) return S.form.sourceSyntax(line);
  return section ? { type: 'ks', title: name, section } : { type: 'ks', title: name };
}

// Each scan stops at the next opening character, so no pattern rescans the text from every position.
const HTML = /<\/?[a-z!][^<>]*>/i;
const MD_LINK = /\]\(([^)\s\]]+)[^)\]]*\)/g;
const BARE_URL = /([a-z][a-z0-9+.-]{0,30}):\/\/[^\s)]+/gi;

/** Only the markdown Teams renders in cards: no HTML, links only https:. */
export function markdownProblem(text: string): string | undefined {
  if (HTML.test(text)) return S.form.noHtml;
  for (const m of text.matchAll(MD_LINK)) if (!/^https:\/\//i.test(m[1])) return S.form.httpsOnly;
  for (const m of text.matchAll(BARE_URL)) if (m[1].toLowerCase() !== 'https') return S.form.httpsOnly;
  if (/\]\((?:javascript|data|vbscript):/i.test(text)) return S.form.httpsOnly;
  return undefined;
}

export function slugify(title: string): string {
  const s = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s || 'oppforing';
}

export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}

/** Reads the form's raw values (untrusted card data) into strings. */
export function readForm(data: Record<string, unknown>): EntryFormValues {
  // Bidi controls and invisible characters have no place in an entry (they can show text reversed).
  const str = (k: string) => (typeof data[k] === 'string' ? stripInvisible(data[k] as string) : '');
  return { title: str('title'), questions: str('questions'), answer: str('answer'), sector: str('sector') || 'both', sources: str('sources'), tags: str('tags') };
}

export function validateForm(v: EntryFormValues, base: { id: string; lastReviewed: string; related?: string[] }): { ok: true; entry: Entry } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const title = v.title.trim();
  if (title.length < 3) errors.title = S.form.titleRequired;
  else if (title.length > LIMITS.title) errors.title = S.form.titleTooLong(title.length);
  else if (markdownProblem(title)) errors.title = markdownProblem(title);

  const questions = v.questions.split(/\r?\n/).map((q) => q.trim()).filter(Boolean);
  if (!questions.length) errors.questions = S.form.questionsRequired;
  else if (questions.some((q) => q.length < 3 || q.length > 300)) errors.questions = S.form.questionLength;
  else if (questions.length > 30) errors.questions = S.form.tooManyQuestions;
  else if (questions.some((q) => markdownProblem(q))) errors.questions = questions.map(markdownProblem).find(Boolean);

  const answer = v.answer.trim();
  if (answer.length < 10) errors.answer = S.form.answerRequired;
  else if (answer.length > LIMITS.answer) errors.answer = S.form.answerTooLong(answer.length);
  else if (markdownProblem(answer)) errors.answer = markdownProblem(answer);

  if (!['state', 'municipal', 'both'].includes(v.sector)) errors.sector = S.form.sectorInvalid;

  const sourceLines = v.sources.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const sources: Source[] = [];
  if (!sourceLines.length) errors.sources = S.form.sourcesRequired;
  for (const line of sourceLines) {
    const problem = markdownProblem(line);
    if (problem) {
      errors.sources = problem;
      break;
    }
    const s = parseSource(line);
    if (typeof s === 'string') {
      errors.sources = s;
      break;
    }
    sources.push(s);
  }
  if (sources.length > 10) errors.sources = S.form.tooManySources;

  const tags = v.tags.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (tags.some((t) => t.length > 40) || tags.length > 20) errors.tags = S.form.tagsInvalid;
  else if (tags.some((t) => markdownProblem(t))) errors.tags = tags.map(markdownProblem).find(Boolean);

  if (Object.keys(errors).length) return { ok: false, errors };
  const candidate = { id: base.id, title, questions, answer, sector: v.sector, sources, tags, lastReviewed: base.lastReviewed, ...(base.related?.length ? { related: base.related } : {}) };
  const r = EntrySchema.safeParse(candidate);
  if (!r.success) {
    const first = r.error.issues[0];
    const key = String(first.path[0] ?? 'title');
    const field: keyof EntryFormValues = (['title', 'questions', 'answer', 'sector', 'sources', 'tags'] as const).find((k) => k === key) ?? 'title';
    return { ok: false, errors: { [field]: `${first.path.join('.')}: ${first.message}` } };
  }
  return { ok: true, entry: r.data };
}

export { describeSource };
