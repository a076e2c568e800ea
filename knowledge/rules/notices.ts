/** Obligations and warnings that follow from the case and from which paths are open. */
import type { Facts } from './facts.js';
import { generalTemporaryAccess } from './municipal.js';
import { targetGroup } from './targetGroup.js';
import type { Notice, PathResult } from './types.js';

/** Paths that fill a position without public advertisement. */
const WITHOUT_PUBLIC_ADVERTISEMENT = new Set(['state.administrative-appointment', 'state.wage-subsidy-exemption', 'state.trainee-conversion', 'municipal.labour-market-measure-temporary']);

export function obligations(f: Facts, paths: PathResult[]): Notice[] {
  const out: Notice[] = [];
  if (f.sector === 'state') {
    out.push({
      id: 'interview-obligation',
      legalBasis: ['statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
      text: 'Lyser dere ut stillingen, skal minst én kvalifisert søker som oppgir nedsatt funksjonsevne, og minst én som oppgir hull i CV-en, kalles inn til intervju. En slik søker kan ansettes hvis hen er tilnærmet like godt kvalifisert som den best kvalifiserte.',
    });
  }
  if (paths.some((p) => p.applies === 'yes' && WITHOUT_PUBLIC_ADVERTISEMENT.has(p.id))) {
    out.push({
      id: 'inform-internally',
      legalBasis: ['arbeidsmiljøloven § 14-1'],
      text: 'Selv uten offentlig utlysning skal ledige stillinger gjøres kjent internt, slik at ansatte kan melde interesse.',
    });
  }
  if (f.sector === 'state' && f.temporary) {
    out.push({
      id: 'union-discussion',
      legalBasis: ['statsansatteloven § 9'],
      text: 'Bruken av midlertidige ansettelser skal drøftes med de tillitsvalgte minst én gang i året.',
    });
  }
  if (f.c.candidate?.disabilityNeedingAccommodation === true) {
    out.push({
      id: 'accommodation-duty',
      legalBasis: ['arbeidsmiljøloven § 4-6', 'likestillings- og diskrimineringsloven § 22'],
      text: 'Dere har plikt til individuell tilrettelegging, også i ansettelsesprosessen, så langt det ikke er en uforholdsmessig byrde. Spør kandidaten hva som trengs – ikke om diagnosen.',
    });
  }
  return out;
}

export function warnings(f: Facts): Notice[] {
  const out: Notice[] = [];
  const g = f.ground;
  if (f.temporary && (g === 'temporary_work' || g === 'substitute' || g === 'unforeseen_need') && f.months > 36) {
    out.push({
      id: 'three-year-rule',
      legalBasis: f.sector === 'state' ? ['statsansatteloven § 9'] : ['arbeidsmiljøloven § 14-9 sjuende ledd'],
      text:
        f.sector === 'state'
          ? 'Den som har vært midlertidig ansatt sammenhengende i mer enn tre år (arbeid av midlertidig karakter, vikariat eller uforutsett behov), regnes som fast ansatt.'
          : 'Lang midlertidig ansettelse gir rett til fast stilling: i kommunal sektor etter mer enn tre år som vikar, eller mer enn fire år på arbeid av midlertidig karakter og vikariat til sammen (arbeidsmiljøloven § 14-9 sjuende ledd).',
    });
  }
  if (f.sector === 'state' && f.temporary && g === 'unforeseen_need' && f.months > 6) {
    out.push({ id: 'unforeseen-need-max-six-months', legalBasis: ['statsansatteloven § 9 første ledd bokstav e'], text: 'Midlertidig ansettelse for et uforutsett behov kan vare i høyst seks måneder. Finn et annet grunnlag, eller del behovet opp.' });
  }
  if (f.temporary && g === 'none' && !generalTemporaryAccess(f)) {
    out.push({
      id: 'missing-temporary-ground',
      legalBasis: f.sector === 'state' ? ['statsansatteloven § 9 første ledd'] : ['arbeidsmiljøloven § 14-9 andre ledd'],
      text: 'Midlertidig ansettelse krever et grunnlag i loven (f.eks. vikariat eller arbeid av midlertidig karakter). Uten det er hovedregelen fast ansettelse.',
    });
  }
  // Decision: the contract names only the municipal cases; a state case with the municipal-only
  // ground labour_market_measure gets the same warning, since § 9 has no such ground.
  if (f.temporary && ((f.sector === 'municipal' && (g === 'education_position' || g === 'unforeseen_need')) || (f.sector === 'state' && g === 'labour_market_measure'))) {
    out.push({
      id: 'ground-not-valid-in-sector',
      legalBasis: f.sector === 'state' ? ['statsansatteloven § 9 første ledd'] : ['arbeidsmiljøloven § 14-9 andre ledd'],
      text:
        f.sector === 'state'
          ? 'Deltakelse i arbeidsmarkedstiltak er et grunnlag for midlertidig ansettelse i kommunal sektor (arbeidsmiljøloven), ikke etter statsansatteloven § 9.'
          : 'Dette grunnlaget (utdanningsstilling eller uforutsett behov) finnes i statsansatteloven, ikke i arbeidsmiljøloven § 14-9 som gjelder for kommunene.',
    });
  }
  if (f.hasCandidate && targetGroup(f).member === false) {
    out.push({
      id: 'not-target-group',
      legalBasis: ['statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
      text: 'Ut fra svarene er kandidaten ikke i målgruppen (nedsatt funksjonsevne som krever tilrettelegging, eller minst to års hull i CV-en av de siste fem av de grunnene forskriften nevner). Unntakene for målgruppen gjelder da ikke.',
    });
  }
  return out;
}
