/** Small hand-written entries for the search machinery's unit tests (independent of the curated set). */
import type { Entry } from '../../knowledge/entries/schema.js';

const base = {
  sector: 'both' as const,
  sources: [{ type: 'law' as const, law: 'statsansatteloven' as const, section: '§ 7' }],
  lastReviewed: '2025-01-01',
};

export const FIXTURE_ENTRIES: Entry[] = [
  {
    ...base,
    id: 'wage-subsidy-rates',
    title: 'Satsene for midlertidig lønnstilskudd',
    questions: ['Hvor mye dekker NAV med midlertidig lønnstilskudd?', 'Hvor stort er lønnstilskuddet?', 'Hvor lenge varer lønnstilskudd?'],
    answer:
      'Midlertidig lønnstilskudd er 40 prosent av refusjonsgrunnlaget i seks måneder, deretter 30 prosent. Ved nedsatt arbeidsevne er det 60 prosent i tolv måneder, deretter 50 prosent, i inntil to år. Tilskuddet betales til arbeidsgiveren.',
    tags: ['lønnstilskudd', 'nav'],
    related: ['no-advertisement-wage-subsidy'],
  },
  {
    ...base,
    id: 'no-advertisement-wage-subsidy',
    title: 'Ansettelse uten utlysning med lønnstilskudd',
    questions: [
      'Kan vi ansette uten å lyse ut stillingen når NAV gir lønnstilskudd?',
      'Må stillingen utlyses ved lønnstilskudd?',
      'Unntak fra utlysning for personer med hull i CV-en',
    ],
    answer:
      'En statlig virksomhet kan ansette midlertidig i inntil to år uten utlysning når personen har nedsatt funksjonsevne eller fravær fra arbeid, utdanning eller opplæring og får midlertidig lønnstilskudd.',
    tags: ['utlysning', 'lønnstilskudd'],
  },
  {
    ...base,
    id: 'cv-gap-definition',
    title: 'Hva regnes som hull i CV-en',
    questions: ['Hva betyr hull i CV-en?', 'Hvem har hull i CV-en?', 'Hva er fravær fra arbeid, utdanning eller opplæring?'],
    answer: 'Søkeren har vært utenfor arbeid, utdanning eller opplæring i til sammen minst to av de siste fem årene.',
    tags: ['målgruppe'],
  },
  {
    ...base,
    id: 'sick-leave-substitute',
    title: 'Vikar ved sykefravær',
    questions: ['Hva koster en vikar for en sykmeldt?', 'Dekker NAV lønn ved sykefravær?', 'Vikar ved sykefravær i staten'],
    answer: 'Når en ansatt er sykmeldt mer enn 16 dager, dekker NAV lønnen opp til 6G. En vikar koster da virksomheten mindre.',
    tags: ['vikar', 'sykefravær'],
  },
  {
    ...base,
    id: 'vta-o',
    title: 'Varig tilrettelagt arbeid i ordinær virksomhet (VTA-O)',
    questions: ['Hva er VTA-O?', 'Hva er varig tilrettelagt arbeid i ordinær virksomhet?', 'Kan kommunen ha VTA-O?'],
    answer: 'VTA-O er varig tilrettelagt arbeid i en ordinær virksomhet, med oppfølging fra NAV.',
    tags: ['vta'],
  },
];
