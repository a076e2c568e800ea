/**
 * Obligations and warnings that follow from the case and from which paths are open. Each is a rule with
 * its versions (legal basis, dates, Norwegian text); a version with `sector` applies to that sector only.
 */
import type { Facts } from './facts.js';
import { generalTemporaryAccess } from './municipal.js';
import { EARLIEST_AS_OF, inForce, param } from './rule.js';
import type { TargetGroupVals } from './targetGroup.js';
import type { Notice, NoticeRuleVersion, PathResult } from './types.js';

export const OBLIGATION_RULES: Record<string, readonly NoticeRuleVersion[]> = {
  // The CV gap was added to the interview duty in January 2020 (seed 002, 2.1).
  'interview-obligation': [
    {
      id: 'interview-obligation',
      legalBasis: ['statsansatteforskriften § 4'],
      effectiveFrom: EARLIEST_AS_OF,
      effectiveTo: '2019-12-31',
      source: 'Oslo Economics 2023, kap. 2.1',
      sector: 'state',
      text: 'Lyser dere ut stillingen, skal minst én kvalifisert søker som oppgir nedsatt funksjonsevne, kalles inn til intervju. En slik søker kan ansettes hvis hen er tilnærmet like godt kvalifisert som den best kvalifiserte.',
    },
    {
      id: 'interview-obligation',
      legalBasis: ['statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
      effectiveFrom: '2020-01-01',
      source: 'Oslo Economics 2023, kap. 2.1 og 3.3',
      sector: 'state',
      text: 'Lyser dere ut stillingen, skal minst én kvalifisert søker som oppgir nedsatt funksjonsevne, og minst én som oppgir hull i CV-en, kalles inn til intervju. En slik søker kan ansettes hvis hen er tilnærmet like godt kvalifisert som den best kvalifiserte.',
    },
  ],
  'inform-internally': [
    {
      id: 'inform-internally',
      legalBasis: ['arbeidsmiljøloven § 14-1'],
      effectiveFrom: EARLIEST_AS_OF,
      source: 'Oslo Economics 2023, kap. 3.4',
      text: 'Selv uten offentlig utlysning skal ledige stillinger gjøres kjent internt, slik at ansatte kan melde interesse.',
    },
  ],
  'union-discussion': [
    {
      id: 'union-discussion',
      legalBasis: ['statsansatteloven § 9'],
      effectiveFrom: EARLIEST_AS_OF,
      source: 'Oslo Economics 2023, kap. 3.3',
      sector: 'state',
      text: 'Bruken av midlertidige ansettelser – grunnlaget, omfanget og følgene for arbeidsmiljøet – skal drøftes med de tillitsvalgte minst én gang i året.',
    },
  ],
  // likestillings- og diskrimineringsloven replaced diskriminerings- og tilgjengelighetsloven on 1 January 2018.
  'accommodation-duty': [
    {
      id: 'accommodation-duty',
      legalBasis: ['arbeidsmiljøloven § 4-6', 'diskriminerings- og tilgjengelighetsloven § 26'],
      effectiveFrom: EARLIEST_AS_OF,
      effectiveTo: '2017-12-31',
      source: 'shared/domain.md',
      text: 'Dere har plikt til individuell tilrettelegging, også i ansettelsesprosessen, så langt det ikke er en uforholdsmessig byrde. Spør kandidaten hva som trengs – ikke om diagnosen.',
    },
    {
      id: 'accommodation-duty',
      legalBasis: ['arbeidsmiljøloven § 4-6', 'likestillings- og diskrimineringsloven § 22'],
      effectiveFrom: '2018-01-01',
      source: 'shared/domain.md',
      text: 'Dere har plikt til individuell tilrettelegging, også i ansettelsesprosessen, så langt det ikke er en uforholdsmessig byrde. Spør kandidaten hva som trengs – ikke om diagnosen.',
    },
  ],
};

export const WARNING_RULES: Record<string, readonly NoticeRuleVersion[]> = {
  // statsansatteloven § 9: three years for a, b and e (Creo; DFØ). aml § 14-9 for municipalities: more than
  // four years in work of a temporary nature (a) alone, three as a substitute (b), under former letter f, or
  // combined (NHO 25.03.2015; Engelsrud; review F2.3, F2.4). The current paragraph number (sjuende ledd) is
  // cited only from 1 July 2022; earlier texts cite the section (the paragraphs were renumbered in 2019).
  'three-year-rule': [
    {
      id: 'three-year-rule',
      legalBasis: ['statsansatteloven § 9'],
      effectiveFrom: EARLIEST_AS_OF,
      source: 'Oslo Economics 2023, kap. 3.3; Creo: Ansettelser i staten',
      sector: 'state',
      text: 'Den som har vært midlertidig ansatt sammenhengende i mer enn {{p:state.permanent-after-years}} på grunnlag av arbeid av midlertidig karakter, vikariat eller uforutsett behov (§ 9 bokstav a, b eller e), regnes som fast ansatt. Vurder om stillingen bør være fast.',
    },
    {
      id: 'three-year-rule',
      legalBasis: ['arbeidsmiljøloven § 14-9 (tre- og fireårsregelen)'],
      effectiveFrom: EARLIEST_AS_OF,
      effectiveTo: '2022-06-30',
      source: 'NHO 25.03.2015; Prop. 39 L (2014–2015)',
      sector: 'municipal',
      text: 'Etter arbeidsmiljøloven § 14-9 regnes den som fast ansatt som har vært sammenhengende midlertidig ansatt i mer enn {{p:municipal.permanent-after.temporary-work-years}} i arbeid av midlertidig karakter (bokstav a), eller i mer enn {{p:municipal.permanent-after.substitute-years}} som vikar, på generelt grunnlag (bokstav f) eller i en kombinasjon. Regn med all sammenhengende midlertidig tid i virksomheten, og vurder om stillingen bør være fast.',
    },
    {
      id: 'three-year-rule',
      legalBasis: ['arbeidsmiljøloven § 14-9 sjuende ledd'],
      effectiveFrom: '2022-07-01',
      source: 'NHO 25.03.2015; Prop. 87 L (2021–2022); Engelsrud, Styring og vern, kap. 7.5',
      sector: 'municipal',
      text: 'Etter arbeidsmiljøloven § 14-9 sjuende ledd regnes den som fast ansatt som har vært sammenhengende midlertidig ansatt i mer enn {{p:municipal.permanent-after.temporary-work-years}} i arbeid av midlertidig karakter (bokstav a), eller i mer enn {{p:municipal.permanent-after.substitute-years}} som vikar (bokstav b) eller i vikariat og midlertidig arbeid i kombinasjon. Tid på generelt grunnlag (tidligere bokstav f) før 1. juli 2022 teller med. Vurder om stillingen bør være fast.',
    },
  ],
  'unforeseen-need-max-six-months': [
    {
      id: 'unforeseen-need-max-six-months',
      legalBasis: ['statsansatteloven § 9 første ledd bokstav e'],
      effectiveFrom: EARLIEST_AS_OF,
      source: 'Oslo Economics 2023, kap. 3.3',
      sector: 'state',
      text: 'Midlertidig ansettelse for et uforutsett behov kan vare i høyst {{p:state.unforeseen-need.max-months}}. Finn et annet grunnlag i § 9, eller gjør behovet kortere.',
    },
  ],
  // aml § 14-9: the grounds were in the first paragraph until 31 Dec 2018, in the second from 1 Jan 2019
  // (Prop. 73 L (2017–2018); review F2.2); letter f (general access up to 12 months) until 30 June 2022.
  'missing-temporary-ground': [
    {
      id: 'missing-temporary-ground',
      legalBasis: ['statsansatteloven § 9 første ledd'],
      effectiveFrom: EARLIEST_AS_OF,
      source: 'Oslo Economics 2023, kap. 3.3',
      sector: 'state',
      text: 'Midlertidig ansettelse krever et grunnlag i statsansatteloven § 9 (f.eks. vikariat eller arbeid av midlertidig karakter). Uten det er hovedregelen fast ansettelse.',
    },
    {
      id: 'missing-temporary-ground',
      legalBasis: ['arbeidsmiljøloven § 14-9 første ledd'],
      effectiveFrom: EARLIEST_AS_OF,
      effectiveTo: '2018-12-31',
      source: 'arbeidsmiljøloven § 14-9; Prop. 39 L (2014–2015)',
      sector: 'municipal',
      text: 'Midlertidig ansettelse krever et grunnlag i arbeidsmiljøloven § 14-9 første ledd (f.eks. vikariat eller arbeid av midlertidig karakter). Uten et slikt grunnlag er midlertidig ansettelse bare mulig på generelt grunnlag (bokstav f) i inntil {{p:municipal.general-temporary.max-months}}; ellers er hovedregelen fast ansettelse.',
    },
    {
      id: 'missing-temporary-ground',
      legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd'],
      effectiveFrom: '2019-01-01',
      effectiveTo: '2022-06-30',
      source: 'arbeidsmiljøloven § 14-9; Prop. 73 L (2017–2018)',
      sector: 'municipal',
      text: 'Midlertidig ansettelse krever et grunnlag i arbeidsmiljøloven § 14-9 andre ledd (f.eks. vikariat eller arbeid av midlertidig karakter). Uten et slikt grunnlag er midlertidig ansettelse bare mulig på generelt grunnlag (bokstav f) i inntil {{p:municipal.general-temporary.max-months}}; ellers er hovedregelen fast ansettelse.',
    },
    {
      id: 'missing-temporary-ground',
      legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd'],
      effectiveFrom: '2022-07-01',
      source: 'arbeidsmiljøloven § 14-9; Prop. 87 L (2021–2022)',
      sector: 'municipal',
      text: 'Midlertidig ansettelse krever et grunnlag i arbeidsmiljøloven § 14-9 andre ledd (f.eks. vikariat eller arbeid av midlertidig karakter). Den generelle adgangen til midlertidig ansettelse i inntil tolv måneder ble opphevet 1. juli 2022. Uten grunnlag er hovedregelen fast ansettelse.',
    },
  ],
  'ground-not-valid-in-sector': [
    {
      id: 'ground-not-valid-in-sector',
      legalBasis: ['statsansatteloven § 9 første ledd'],
      effectiveFrom: EARLIEST_AS_OF,
      source: 'Oslo Economics 2023, kap. 3.3',
      sector: 'state',
      text: 'Deltakelse i arbeidsmarkedstiltak er et grunnlag for midlertidig ansettelse i kommunal sektor (arbeidsmiljøloven), ikke etter statsansatteloven § 9. Velg et grunnlag i § 9.',
    },
    {
      id: 'ground-not-valid-in-sector',
      legalBasis: ['arbeidsmiljøloven § 14-9 første ledd'],
      effectiveFrom: EARLIEST_AS_OF,
      effectiveTo: '2018-12-31',
      source: 'arbeidsmiljøloven § 14-9',
      sector: 'municipal',
      text: 'Dette grunnlaget (utdanningsstilling eller uforutsett behov) finnes i statsansatteloven, ikke i arbeidsmiljøloven § 14-9 som gjelder for kommunene. Velg et grunnlag i § 14-9 første ledd.',
    },
    {
      id: 'ground-not-valid-in-sector',
      legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd'],
      effectiveFrom: '2019-01-01',
      source: 'arbeidsmiljøloven § 14-9',
      sector: 'municipal',
      text: 'Dette grunnlaget (utdanningsstilling eller uforutsett behov) finnes i statsansatteloven, ikke i arbeidsmiljøloven § 14-9 som gjelder for kommunene. Velg et grunnlag i § 14-9 andre ledd.',
    },
  ],
  // The CV-gap group exists from 1 January 2020 (forskrift 2019 nr. 1750); before that only disability.
  // The state's versions cite its regulation; a municipal case gets its own text (no state law in a municipal answer).
  'not-target-group': [
    {
      id: 'not-target-group',
      legalBasis: ['statsansatteforskriften § 4'],
      effectiveFrom: EARLIEST_AS_OF,
      effectiveTo: '2019-12-31',
      sector: 'state',
      source: 'Oslo Economics 2023, kap. 1.5 og 2.1',
      text: 'Ut fra svarene er kandidaten ikke i målgruppen (på denne datoen bare nedsatt funksjonsevne som krever tilrettelegging; hull i CV-en kom med fra 1. januar 2020). Unntakene for målgruppen gjelder da ikke, men hovedreglene gjør det.',
    },
    {
      id: 'not-target-group',
      legalBasis: ['statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
      effectiveFrom: '2020-01-01',
      sector: 'state',
      source: 'Oslo Economics 2023, kap. 1.5; DFØ: Dette skal du rapportere',
      text: 'Ut fra svarene er kandidaten ikke i målgruppen (nedsatt funksjonsevne som krever tilrettelegging, eller minst {{p:target-group.cv-gap.min-years}} av de siste {{p:target-group.cv-gap.window-years}} utenfor arbeid, utdanning eller opplæring av de grunnene forskriften nevner). Unntakene for målgruppen gjelder da ikke, men hovedreglene gjør det.',
    },
    {
      id: 'not-target-group',
      legalBasis: ['Det ulovfestede kvalifikasjonsprinsippet'],
      effectiveFrom: EARLIEST_AS_OF,
      sector: 'municipal',
      source: 'Brevet til KS, 3. november 2023 (seed 000); KS: Inn i jobb – jus og ansettelser',
      text: 'Ut fra svarene er kandidaten ikke i målgruppen (nedsatt funksjonsevne som krever tilrettelegging, eller hull i CV-en). Det som gjelder bare for målgruppen – som en stilling lyst ut bare til målgruppen – gjelder da ikke for kandidaten, men hovedreglene gjør det.',
    },
  ],
};

/**
 * Paths that fill a position without public advertisement, which triggers inform-internally.
 * Decision: advertising to the target group only (municipal.targeted-advertisement) is still an
 * advertisement, and the trainee programme's positions are advertised (to the target group).
 */
export const WITHOUT_PUBLIC_ADVERTISEMENT: ReadonlySet<string> = new Set([
  'state.administrative-appointment',
  'state.wage-subsidy-exemption',
  'state.trainee-conversion',
  'municipal.labour-market-measure-temporary',
]);

function pick(rules: Record<string, readonly NoticeRuleVersion[]>, id: string, f: Facts): Notice[] {
  const v = inForce(rules[id], f.asOf, f.sector);
  return v ? [{ id: v.id, legalBasis: v.legalBasis, text: v.text }] : [];
}

/**
 * Decision: the interview obligation is listed for every state case — the ordinary path is always
 * open, and the duty applies whenever the agency advertises.
 */
export function obligations(f: Facts, paths: PathResult[], tg: TargetGroupVals): Notice[] {
  const out: Notice[] = [];
  if (f.sector === 'state') out.push(...pick(OBLIGATION_RULES, 'interview-obligation', f));
  if (paths.some((p) => p.applies === 'yes' && WITHOUT_PUBLIC_ADVERTISEMENT.has(p.id))) out.push(...pick(OBLIGATION_RULES, 'inform-internally', f));
  if (f.sector === 'state' && f.temporary) out.push(...pick(OBLIGATION_RULES, 'union-discussion', f));
  if (tg.disability.v === true) out.push(...pick(OBLIGATION_RULES, 'accommodation-duty', f));
  return out;
}

/**
 * Months of continuous temporary employment on the case's ground after which the employee counts as
 * permanent; Infinity where no such rule covers the ground. State: a, b and e, three years. Municipal:
 * a alone four years, b three (a ground alone: the case has one ground, so combinations are not judged);
 * unforeseen_need is not a municipal ground and gets its own warning instead.
 */
export function permanentAfterMonths(f: Facts): number {
  const g = f.ground;
  if (f.sector === 'state') return g === 'temporary_work' || g === 'substitute' || g === 'unforeseen_need' ? 12 * param('state.permanent-after-years', f.asOf) : Infinity;
  if (g === 'temporary_work') return 12 * param('municipal.permanent-after.temporary-work-years', f.asOf);
  if (g === 'substitute') return 12 * param('municipal.permanent-after.substitute-years', f.asOf);
  return Infinity;
}

export function warnings(f: Facts, tg: TargetGroupVals): Notice[] {
  const out: Notice[] = [];
  const g = f.ground;
  if (f.temporary && f.months > permanentAfterMonths(f)) out.push(...pick(WARNING_RULES, 'three-year-rule', f));
  if (f.sector === 'state' && g === 'unforeseen_need' && f.months > param('state.unforeseen-need.max-months', f.asOf))
    out.push(...pick(WARNING_RULES, 'unforeseen-need-max-six-months', f));
  // Before 1 July 2022 a municipal position of up to twelve months needed no named ground (aml § 14-9 (2) f).
  if (f.temporary && g === 'none' && !generalTemporaryAccess(f)) out.push(...pick(WARNING_RULES, 'missing-temporary-ground', f));
  // Decision: the contract names only the municipal cases; a state case with the municipal-only ground
  // labour_market_measure gets the same warning, since statsansatteloven § 9 has no such ground.
  const wrongGround = f.sector === 'municipal' ? g === 'education_position' || g === 'unforeseen_need' : g === 'labour_market_measure';
  if (f.temporary && wrongGround) out.push(...pick(WARNING_RULES, 'ground-not-valid-in-sector', f));
  if (f.hasCandidate && tg.member.v === false) out.push(...pick(WARNING_RULES, 'not-target-group', f));
  return out;
}
