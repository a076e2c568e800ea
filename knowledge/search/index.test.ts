import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTRIES } from '../../test/support/searchFixtures.js';
import { createKnowledgeIndex } from './index.js';
import { TEST_DAY } from '../../test/support/clock.js';

const fresh = () =>
  createKnowledgeIndex(
    FIXTURE_ENTRIES.map((e) => ({ ...e })),
    { date: TEST_DAY },
  );

describe('search over the fixture entries', () => {
  const index = fresh();
  it.each([
    ['Hvor mye er lønnstilskuddet?', 'wage-subsidy-rates'],
    ['hvor mye lonnstilskudd', 'wage-subsidy-rates'],
    ['hvor mye loennstilskudd', 'wage-subsidy-rates'],
    ['hvor mye er lønstilskudet', 'wage-subsidy-rates'],
    ['kor mykje er lønnstilskotet?', 'wage-subsidy-rates'],
    ['how much is the wage subsidy', 'wage-subsidy-rates'],
    ['kan jeg ansette uten å lyse ut', 'no-advertisement-wage-subsidy'],
    ['can we hire without advertising', 'no-advertisement-wage-subsidy'],
    ['hva er fravær fra arbeid, utdanning eller opplæring', 'cv-gap-definition'],
    ['hva er et cv-hull', 'cv-gap-definition'],
    ['vikar sykefraværsoppfølging', 'sick-leave-substitute'],
    ['sick leave substitute', 'sick-leave-substitute'],
    ['vta o', 'vta-o'],
    ['varig tilrettelagd arbeid i ordinær verksemd', 'vta-o'],
  ])('%s → %s', (q, id) => {
    const result = index.answer(q);
    expect(result.entry?.id ?? result.suggestions[0]?.id).toBe(id);
  });

  it('answers a plain question with a score in 0..1 and related suggestions', () => {
    const r = index.answer('Hvor mye dekker NAV med midlertidig lønnstilskudd?');
    expect(r.answered).toBe(true);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.suggestions.map((e) => e.id)).toContain('no-advertisement-wage-subsidy');
  });

  it.each(['Hva er klokka?', 'Fortell en vits', 'hva', '', 'xyzzy plugh'])('refuses %j', (q) => {
    const r = index.answer(q);
    expect(r.answered).toBe(false);
    expect(r.entry).toBeUndefined();
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('gives search hits best first, within the limit', () => {
    const hits = index.search('lønnstilskudd', 2);
    expect(hits).toHaveLength(2);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
  });
});

describe('incremental updates', () => {
  it('finds an upserted entry at once, with its new words learnt for compounds and typos', () => {
    const index = fresh();
    expect(index.answer('Hva er mentortilskudd?').answered).toBe(false);
    index.upsert({
      ...FIXTURE_ENTRIES[0],
      id: 'mentor-grant',
      title: 'Mentortilskudd',
      questions: ['Hva er mentortilskudd?', 'Kan en kollega få betalt for å være mentor?', 'Hvem får mentortilskudd?'],
      answer: 'NAV kan gi tilskudd til en mentor som følger opp en ny medarbeider.',
      tags: ['mentor'],
      related: [],
    });
    expect(index.answer('Hva er mentortilskudd?').entry?.id).toBe('mentor-grant');
    expect(index.answer('mentortilskuddet').entry?.id).toBe('mentor-grant');
    expect(index.answer('mentortilsudd').entry?.id).toBe('mentor-grant');
    expect(index.get('mentor-grant')?.title).toBe('Mentortilskudd');
    expect(index.all()).toHaveLength(FIXTURE_ENTRIES.length + 1);
  });

  it('replaces an entry edited in place', () => {
    const index = fresh();
    const old = index.get('vta-o')!;
    index.upsert({
      ...old,
      title: 'Arbeid med lønn i kommunen',
      questions: ['Kan VTA-deltakere få lønn?', 'Lønn i VTA-O', 'Tariff i VTA'],
      answer: 'Deltakere i VTA-F får lønn etter tariff.',
    });
    expect(index.all()).toHaveLength(FIXTURE_ENTRIES.length);
    expect(index.answer('Kan VTA-deltakere få lønn?').entry?.id).toBe('vta-o');
    expect(index.search('ordinær virksomhet').some((h) => h.entry.id === 'vta-o')).toBe(false);
  });

  it('forgets a removed entry, and removing twice is a no-op', () => {
    const index = fresh();
    index.remove('cv-gap-definition');
    index.remove('cv-gap-definition');
    expect(index.get('cv-gap-definition')).toBeUndefined();
    expect(index.search('hull i CV-en').map((h) => h.entry.id)).not.toContain('cv-gap-definition');
    expect(index.all()).toHaveLength(FIXTURE_ENTRIES.length - 1);
  });

  it('does not offer a removed entry as a related suggestion', () => {
    const index = fresh();
    index.remove('no-advertisement-wage-subsidy');
    const r = index.answer('Hvor mye dekker NAV med midlertidig lønnstilskudd?');
    expect(r.suggestions.map((e) => e.id)).not.toContain('no-advertisement-wage-subsidy');
  });
});

describe('answers kept for recent questions', () => {
  it('gives the same answer to the same question in the same context, and a new one after an edit', () => {
    const index = fresh();
    const q = 'Hvor mye dekker NAV med midlertidig lønnstilskudd?';
    const first = index.answer(q);
    expect(index.answer(q)).toBe(first);
    // Another context is another answer.
    expect(index.answer(q, { sector: 'state' })).not.toBe(first);
    const old = index.get('wage-subsidy-rates')!;
    index.upsert({ ...old, answer: 'Ny tekst om satsene for lønnstilskudd.' });
    const after = index.answer(q);
    expect(after).not.toBe(first);
    expect(after.entry?.answer).toBe('Ny tekst om satsene for lønnstilskudd.');
    index.remove('wage-subsidy-rates');
    expect(index.answer(q).entry?.id).not.toBe('wage-subsidy-rates');
  });

  it('follows the previous answer: a follow-up is answered for its own context', () => {
    const index = fresh();
    const first = index.answer('Hvor mye er lønnstilskuddet?');
    const follow = index.answer('og hvor lenge da?', { previous: first.memory });
    const alone = index.answer('og hvor lenge da?');
    expect(follow).not.toBe(alone);
    expect(alone.answered).toBe(false);
  });
});
