import { describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { formFromEntry, markdownProblem, parseSource, slugify, uniqueId, validateForm } from './entryForm.js';

const curated = loadCuratedEntries();

describe('entry form', () => {
  it('every shipped entry survives the round trip through the form unchanged (so HR can edit any of them)', () => {
    const failures: string[] = [];
    for (const e of curated) {
      const v = validateForm(formFromEntry(e), { id: e.id, lastReviewed: e.lastReviewed, related: e.related });
      if (!v.ok) failures.push(`${e.id}: ${JSON.stringify(v.errors)}`);
      else if (JSON.stringify(v.entry) !== JSON.stringify(e)) failures.push(`${e.id}: changed`);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['seed 002_b87eac80d50e4c8e.txt | 3.2 Unntak', { type: 'seed', file: '002_b87eac80d50e4c8e.txt', section: '3.2 Unntak' }],
    ['lov Statsansatteloven | § 7', { type: 'law', law: 'statsansatteloven', section: '§ 7' }],
    ['håndbok | 2.3', { type: 'handbook', section: '2.3' }],
    ['ks KS: Inn i jobb | jus', { type: 'ks', title: 'KS: Inn i jobb', section: 'jus' }],
    ['ks KS: Inn i jobb', { type: 'ks', title: 'KS: Inn i jobb' }],
    ['lov statsansatteloven', 'mangler avsnitt'],
    ['seed 999.txt | 1', 'Kjenner ikke kildedokumentet'],
    ['https://lovdata.no', 'Forstår ikke kilden'],
  ])('source line %s', (line, expected) => {
    const r = parseSource(line);
    if (typeof expected === 'string') expect(r).toContain(expected);
    else expect(r).toEqual(expected);
  });

  it.each([
    ['**fet**, _kursiv_ og [lenke](https://www.nav.no)', undefined],
    ['- liste\n- med punkter', undefined],
    ['a < b og c > d', undefined],
    ['<b>fet</b>', 'HTML'],
    ['<!-- kommentar -->', 'HTML'],
    ['[lenke](http://nav.no)', 'https'],
    ['[lenke](javascript:alert(1))', 'https'],
    ['se ftp://server/fil', 'https'],
  ])('markdown %j', (text, problem) => {
    const r = markdownProblem(text);
    if (problem) expect(r).toContain(problem);
    else expect(r).toBeUndefined();
  });

  it('makes a unique slug of the title', () => {
    expect(slugify('Lærlinger på Ørland – «særlige» tilfeller!')).toBe('laerlinger-pa-orland-saerlige-tilfeller');
    expect(slugify('???')).toBe('oppforing');
    expect(uniqueId('a', (id) => ['a', 'a-2'].includes(id))).toBe('a-3');
  });
});
