/**
 * The entry form: what HR typed (all strings) → a valid Entry, or field-level errors in Norwegian.
 * Sources are one per line, in the words a person would use (see sourceLines.ts): a law and section,
 * a title and https link, a local document in free text, or a shipped document by its title.
 */
import { EntrySchema, describeSource, type Entry, type Source } from '../../knowledge/entries/schema.js';
import { parameterIdsIn } from '../../knowledge/parameters/format.js';
import { hasParameter } from '../../knowledge/parameters/registry.js';
import { stripInvisible } from '../shared/escape.js';
import { formatSourceLine, parseSourceLine } from './sourceLines.js';
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

export const LIMITS = { title: 120, answer: 4000, questions: 30, sources: 10 } as const;

export function emptyForm(question = ''): EntryFormValues {
  return { title: '', questions: question, answer: '', sector: 'both', sources: '', tags: '' };
}

export function formFromEntry(e: Entry): EntryFormValues {
  return {
    title: e.title,
    questions: e.questions.join('\n'),
    answer: e.answer,
    sector: e.sector,
    sources: e.sources.map(formatSourceLine).join('\n'),
    tags: e.tags.join(', '),
  };
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

export interface FormBase {
  id: string;
  /** Today (YYYY-MM-DD): the entry counts as reviewed today, and a new link as read today. */
  lastReviewed: string;
  related?: string[];
  /** The sources before the edit (a link kept as it was keeps its read date). */
  previousSources?: readonly Source[];
}

export function validateForm(v: EntryFormValues, base: FormBase): { ok: true; entry: Entry } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const title = v.title.trim();
  if (title.length < 3) errors.title = S.form.titleRequired;
  else if (title.length > LIMITS.title) errors.title = S.form.titleTooLong(title.length);
  else if (markdownProblem(title)) errors.title = markdownProblem(title);
  else if (parameterIdsIn(title).some((id) => !hasParameter(id))) errors.title = S.form.unknownParameter(parameterIdsIn(title).find((id) => !hasParameter(id))!);

  const questions = v.questions
    .split(/\r?\n/)
    .map((q) => q.trim())
    .filter(Boolean);
  if (!questions.length) errors.questions = S.form.questionsRequired;
  else if (questions.some((q) => q.length < 3 || q.length > 300)) errors.questions = S.form.questionLength;
  else if (questions.length > LIMITS.questions) errors.questions = S.form.tooManyQuestions;
  else if (questions.some((q) => markdownProblem(q))) errors.questions = questions.map(markdownProblem).find(Boolean);

  const answer = v.answer.trim();
  if (answer.length < 10) errors.answer = S.form.answerRequired;
  else if (answer.length > LIMITS.answer) errors.answer = S.form.answerTooLong(answer.length);
  else if (markdownProblem(answer)) errors.answer = markdownProblem(answer);
  else {
    const unknown = parameterIdsIn(answer).filter((id) => !hasParameter(id));
    if (unknown.length) errors.answer = S.form.unknownParameter(unknown[0]);
  }

  if (!['state', 'municipal', 'both'].includes(v.sector)) errors.sector = S.form.sectorInvalid;

  const sourceLines = v.sources
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const sources: Source[] = [];
  const sourceErrors: string[] = [];
  if (!sourceLines.length) sourceErrors.push(S.form.sourcesRequired);
  for (const line of sourceLines) {
    // Markdown or HTML in a source line follows the answer's rules; an https markdown link there is kept
    // as plain text (shown escaped), not read as a link source, which is written «title | https://…».
    const markup = /\]\(|<\/?[a-z!]/i.test(line);
    const problem = markup ? markdownProblem(line) : undefined;
    if (problem) {
      sourceErrors.push(problem);
      continue;
    }
    const s = parseSourceLine(line, { today: base.lastReviewed, previous: base.previousSources, noLinks: markup });
    if ('error' in s) sourceErrors.push(s.error);
    else {
      // What is shown of a source follows the answer's rules (a link's address is checked on its own).
      const { title, ref } = describeSource(s);
      const problem = markdownProblem(title) ?? (s.type === 'web' ? undefined : markdownProblem(ref));
      if (problem) sourceErrors.push(problem);
      else sources.push(s);
    }
  }
  if (sources.length > LIMITS.sources) sourceErrors.push(S.form.tooManySources);
  if (sourceErrors.length) errors.sources = sourceErrors.slice(0, 3).join('\n');

  const tags = v.tags
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (tags.some((t) => t.length > 40) || tags.length > 20) errors.tags = S.form.tagsInvalid;
  else if (tags.some((t) => markdownProblem(t))) errors.tags = tags.map(markdownProblem).find(Boolean);

  if (Object.keys(errors).length) return { ok: false, errors };
  const candidate = {
    id: base.id,
    title,
    questions,
    answer,
    sector: v.sector,
    sources,
    tags,
    lastReviewed: base.lastReviewed,
    ...(base.related?.length ? { related: base.related } : {}),
  };
  const r = EntrySchema.safeParse(candidate);
  if (!r.success) {
    const first = r.error.issues[0];
    const key = String(first.path[0] ?? 'title');
    const field: keyof EntryFormValues = (['title', 'questions', 'answer', 'sector', 'sources', 'tags'] as const).find((k) => k === key) ?? 'title';
    return { ok: false, errors: { [field]: `${first.path.join('.')}: ${first.message}` } };
  }
  return { ok: true, entry: r.data };
}
