import { describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../knowledge/entries/index.js';
import { formFromEntry, markdownProblem, slugify, uniqueId, validateForm } from './entryForm.js';
import { formatSourceLine, parseSourceLine } from './sourceLines.js';

const curated = loadCuratedEntries();

describe('entry form', () => {
  it('every shipped entry survives the round trip through the form unchanged (so HR can edit any of them)', () => {
    const failures: string[] = [];
    for (const e of curated) {
      const v = validateForm(formFromEntry(e), { id: e.id, lastReviewed: e.lastReviewed, related: e.related, previousSources: e.sources });
      if (!v.ok) failures.push(`${e.id}: ${JSON.stringify(v.errors)}`);
      else if (JSON.stringify(v.entry) !== JSON.stringify(e)) failures.push(`${e.id}: changed`);
    }
    expect(failures).toEqual([]);
  });

  const today = '2026-11-30';
  const parse = (line: string) => parseSourceLine(line, { today });
  it.each([
    // the forms the help line names
    ['arbeidsmiljøloven § 14-9', { type: 'law', law: 'arbeidsmiljøloven', section: '§ 14-9' }],
    ['aml § 14-9 (2) d', { type: 'law', law: 'arbeidsmiljøloven', section: '§ 14-9 (2) d' }],
    ['Likestillings- og diskrimineringsloven § 30', { type: 'law', law: 'likestillings- og diskrimineringsloven', section: '§ 30' }],
    [
      'NAV: Lønnstilskudd | https://www.nav.no/arbeidsgiver/lonnstilskudd',
      { type: 'web', title: 'NAV: Lønnstilskudd', url: 'https://www.nav.no/arbeidsgiver/lonnstilskudd', read: today },
    ],
    [
      'https://lovdata.no/lov/2017-06-16-67 Statsansatteloven på Lovdata',
      { type: 'web', title: 'Statsansatteloven på Lovdata', url: 'https://lovdata.no/lov/2017-06-16-67', read: today },
    ],
    ['Personalreglement for Eksempel kommune, § 4', { type: 'local', title: 'Personalreglement for Eksempel kommune, § 4' }],
    ['Intranett: Rutine for rekruttering (2025)', { type: 'local', title: 'Intranett: Rutine for rekruttering (2025)' }],
    ['lokal: Arbeidsmiljøloven med kommentarer, internt notat', { type: 'local', title: 'Arbeidsmiljøloven med kommentarer, internt notat' }],
    ['Oslo Economics (2023), kap. 4.2', { type: 'seed', file: '002_b87eac80d50e4c8e.txt', section: 'kap. 4.2' }],
    ['oslo economics (2023) | Kapittel 3.4', { type: 'seed', file: '002_b87eac80d50e4c8e.txt', section: 'Kapittel 3.4' }],
    ['KS: Inn i jobb-avtalen (2024), punkt 3', { type: 'seed', file: '001_3b0a01d0bae10e9d.txt', section: 'punkt 3' }],
    ['Statens personalhåndbok 2.2 Ansettelsesmyndighet', { type: 'handbook', section: '2.2 Ansettelsesmyndighet' }],
    ['KS: Inn i jobb – jus og ansettelser', { type: 'ks', title: 'KS: Inn i jobb – jus og ansettelser' }],
    // the older forms still read
    ['seed 002_b87eac80d50e4c8e.txt | 3.2 Unntak', { type: 'seed', file: '002_b87eac80d50e4c8e.txt', section: '3.2 Unntak' }],
    ['lov Statsansatteloven | § 7', { type: 'law', law: 'statsansatteloven', section: '§ 7' }],
    ['håndbok | 2.3', { type: 'handbook', section: '2.3' }],
    ['ks KS: Inn i jobb | jus', { type: 'ks', title: 'KS: Inn i jobb', section: 'jus' }],
    // errors that say what is wrong
    ['NAV: Lønnstilskudd | http://www.nav.no/lonnstilskudd', 'må begynne med https://'],
    ['NAV | https://nav', 'ikke en gyldig lenke'],
    ['https://www.nav.no/lonnstilskudd', 'Skriv en tittel foran lenken'],
    ['ftp://server/fil Rutine', 'må begynne med https://'],
    ['lov statsansatteloven', 'Skriv paragrafen'],
    ['arbeidsmiljøloven', 'Skriv paragrafen'],
    ['Oslo Economics (2023)', 'Skriv kapittel eller avsnitt'],
    ['seed 999.txt | 1', 'Kjenner ikke kildedokumentet'],
    ['lov grunnloven | § 1', 'Kjenner ikke loven «grunnloven»'],
    ['Skatteloven § 5-1', 'Kjenner ikke loven «Skatteloven»'],
    ['ab', 'minst 3 tegn'],
  ])('source line %s', (line, expected) => {
    const r = parse(line);
    if (typeof expected === 'string') expect('error' in r ? r.error : JSON.stringify(r)).toContain(expected);
    else expect(r).toEqual(expected);
  });

  it('never shows a file name, and every source kind reads back to itself', () => {
    const lines = curated.flatMap((e) => e.sources.map((s) => ({ s, line: formatSourceLine(s) })));
    for (const { s, line } of lines) {
      expect(line).not.toMatch(/\.txt\b/);
      const back = parseSourceLine(line, { today, previous: [s] });
      expect(back, line).toEqual(s);
    }
    for (const s of [
      { type: 'local', title: 'Personalreglement for Eksempel kommune, § 4' },
      { type: 'local', title: 'Arbeidsmiljøloven – internt notat om § 14-9' },
      { type: 'local', title: 'https-rutinen vår' },
      { type: 'ks', title: 'Inn i jobb', section: 'jus' },
    ] as const) {
      expect(parseSourceLine(formatSourceLine(s), { today })).toEqual(s);
    }
  });

  it.each([
    ['ks [Logg inn her](http://evil.example/login) | kapittel 2', 'Lenker må starte med https://'],
    ['<b>Personalreglement</b>', 'HTML er ikke tillatt'],
  ])('a source line with markdown or HTML is refused: %s', (line, message) => {
    const v = validateForm(
      { title: 'Tittel', questions: 'Et spørsmål?', answer: 'Et svar som er langt nok.', sector: 'both', tags: '', sources: line },
      { id: 'x', lastReviewed: today },
    );
    expect(v.ok ? '' : v.errors.sources).toContain(message);
  });

  it('an https markdown link in a source line stays text (shown escaped), never a link source', () => {
    const v = validateForm(
      {
        title: 'Tittel',
        questions: 'Et spørsmål?',
        answer: 'Et svar som er langt nok.',
        sector: 'both',
        tags: '',
        sources: 'lov arbeidsmiljøloven | [§ 4-6](https://evil.example)',
      },
      { id: 'x', lastReviewed: today },
    );
    expect(v.ok && v.entry.sources).toEqual([{ type: 'law', law: 'arbeidsmiljøloven', section: '[§ 4-6](https://evil.example)' }]);
  });

  it('a link kept as it was keeps the day it was read; a new one is read today', () => {
    const old = { type: 'web' as const, title: 'NAV', url: 'https://www.nav.no/a', read: '2025-01-02' };
    expect(parseSourceLine('NAV | https://www.nav.no/a', { today, previous: [old] })).toEqual(old);
    expect(parseSourceLine('NAV | https://www.nav.no/b', { today, previous: [old] })).toMatchObject({ read: today });
  });

  it('a form with several bad source lines names each of them', () => {
    const v = validateForm(
      {
        title: 'Tittel',
        questions: 'Et spørsmål?',
        answer: 'Et svar som er langt nok.',
        sector: 'both',
        tags: '',
        sources: 'NAV | http://nav.no\nPersonalreglement § 4\nlov grunnloven | § 1',
      },
      { id: 'x', lastReviewed: today },
    );
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors.sources).toContain('https://');
      expect(v.errors.sources).toContain('grunnloven');
    }
  });

  it('an answer naming a value the table does not know is refused; a known one is fine', () => {
    const base = { title: 'Tittel', questions: 'Et spørsmål?', sector: 'both', tags: '', sources: 'aml § 1-1' };
    const bad = validateForm({ ...base, answer: 'Satsen er {{p:no.such.value}} i dag.' }, { id: 'x', lastReviewed: today });
    expect(bad.ok ? '' : bad.errors.answer).toContain('no.such.value');
    expect(validateForm({ ...base, answer: 'Grunnbeløpet er {{p:g}} i dag.' }, { id: 'x', lastReviewed: today }).ok).toBe(true);
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
