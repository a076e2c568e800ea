/** The sector a question names (sector.ts): a table of questions and the sector read from them. */
import { describe, expect, it } from 'vitest';
import { onlySector, sectorInQuestion, type Sector } from './sector.js';

const CASES: Array<[question: string, sector: Sector | undefined]> = [
  ['Kan vi ansette en vikar i kommunen?', 'municipal'],
  ['Vi er Oslo kommune. Kan vi ansette midlertidig?', 'municipal'],
  ['Vikaren på sykehjemmet vil ha fast stilling', 'municipal'],
  ['Kan Skatteetaten ansette uten utlysning?', 'state'],
  // Oslo kommune's agencies are «etater» too.
  ['Kan Bymiljøetaten ansette uten utlysning?', 'municipal'],
  ['Vi i Utdanningsetaten har en søker med hull i CV-en', 'municipal'],
  ['Sykehjemsetaten vil ta inn en på arbeidstrening', 'municipal'],
  ['Plan- og bygningsetaten vil lyse ut en stilling', 'municipal'],
  ['Næringsetaten har en ledig stilling', 'municipal'],
  ['Vi i NAV vil ansette en med hull i CV-en', 'state'],
  ['Hun er ansatt i NAV. Kan hun søke traineestillingen?', 'state'],
  // A person on a NAV measure is not NAV's staff: the sector is not named (round 16, r16-temp-probation's finding).
  ['En som er ansatt på NAV-tiltak hos oss, kan hun få forlenget kontrakten?', undefined],
  ['Han jobber i NAV-tiltaket arbeidstrening hos oss nå', undefined],
  ['Kan vi ta inn en kandidat fra NAV?', undefined],
  ['Gjelder dette både staten og kommunen?', undefined],
];

describe('sectorInQuestion', () => {
  it.each(CASES)('%s → %s', (question, sector) => {
    expect(sectorInQuestion(question)).toBe(sector);
  });
});

describe('onlySector', () => {
  it.each([
    ['og i kommunen?', 'municipal'],
    ['hva med staten', 'state'],
    ['og i kommunen, hvor lenge da?', undefined],
  ] as const)('%s → %s', (question, sector) => {
    expect(onlySector(question)).toBe(sector);
  });
});
