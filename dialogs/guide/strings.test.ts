/** Every text the guide looks up exists, and a lookup that finds none throws instead of showing nothing or an id. */
import { describe, expect, it } from 'vitest';
import { NAV_RULES, PATH_IDS, TITLES } from '../../knowledge/rules/index.js';
import { answerLabel, QUESTIONS, QUESTION_BY_ID } from './questions.js';
import { MEASURE_NAMES, questionStrings, SHORT_TITLES, type QuestionStrings } from './strings.js';
import { textFor } from '../shared/textFor.js';

const SECTORS = ['state', 'municipal'] as const;
const ALL_PATHS = [...PATH_IDS.state, ...PATH_IDS.municipal];
const MEASURE_IDS = [...new Set(Object.values(NAV_RULES).map((r) => r.id))];

describe('the guide’s string tables', () => {
  it.each(QUESTIONS.flatMap((q) => SECTORS.map((s) => [q.id, s] as const)))('question %s (%s) has its text, why and review label', (id, sector) => {
    const s: QuestionStrings = questionStrings(id, sector);
    for (const k of ['text', 'why', 'review'] as const) expect(s[k].trim(), `${id}.${k}`).not.toBe('');
  });

  it.each([
    ['an unknown question', () => questionStrings('noSuchQuestion' as never, 'state'), /no texts for the question noSuchQuestion/],
    ['a sector-specific question without the sector', () => questionStrings('permanent', undefined), /needs the sector/],
    ['an answer value the question does not have', () => answerLabel(QUESTION_BY_ID.cvGap, {}, 'gap:maybe'), /no cvGap answer text for «gap:maybe»/],
    ['a path without a short title', () => textFor(SHORT_TITLES, 'state.no-such-path', 'short path title'), /no short path title text/],
    ['a measure without a name', () => textFor(MEASURE_NAMES, 'nav.no-such-measure', 'NAV measure name'), /no NAV measure name text/],
    ['a key inherited from Object', () => textFor(SHORT_TITLES, 'toString', 'short path title'), /no short path title text for «toString»/],
  ])('throws for %s', (_what, lookup, message) => {
    expect(lookup).toThrow(message);
  });

  it.each(ALL_PATHS)('path %s has a title and a short title', (id) => {
    expect(textFor(TITLES, id, 'path title')).not.toBe('');
    expect(textFor(SHORT_TITLES, id, 'short path title')).not.toBe('');
  });

  it.each(MEASURE_IDS)('NAV measure %s has a name for the order text', (id) => {
    expect(textFor(MEASURE_NAMES, id, 'NAV measure name')).not.toBe('');
  });

  it('every choice a question offers has a label', () => {
    for (const q of QUESTIONS.filter((x) => x.kind === 'choice'))
      for (const sector of SECTORS) for (const c of q.choices({ sector })) expect(answerLabel(q, { sector }, c.value), `${q.id}=${c.value}`).toBe(c.label);
  });
});
