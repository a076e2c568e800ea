/**
 * Hiring in municipalities and county municipalities: the unwritten qualification principle, the
 * ministry's letter to KS of 3 November 2023 (seed 000) on advertising to the target group only, and
 * arbeidsmiljøloven § 14-9 on temporary employment.
 */
import { applies, or, type Facts } from './facts.js';
import type { PathResult, RuleMeta, Tri } from './types.js';

export const MUNICIPAL_PATH_IDS = ['municipal.ordinary', 'municipal.targeted-advertisement', 'municipal.labour-market-measure-temporary'] as const;

export const MUNICIPAL_RULES: Record<string, RuleMeta[]> = {
  'municipal.ordinary': [{ id: 'municipal.ordinary', legalBasis: ['Det ulovfestede kvalifikasjonsprinsippet', 'Hovedtariffavtalen (KS) kap. 1 § 2 pkt. 2.2'], effectiveFrom: '2017-01-01', source: 'shared/domain.md (KS: jus og ansettelser)' }],
  'municipal.targeted-advertisement': [{ id: 'municipal.targeted-advertisement', legalBasis: ['Brev fra Arbeids- og inkluderingsdepartementet til KS, 3. november 2023'], effectiveFrom: '2023-11-03', source: 'Brevet til KS (seed 000)' }],
  'municipal.labour-market-measure-temporary': [{ id: 'municipal.labour-market-measure-temporary', legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd bokstav d'], effectiveFrom: '2006-01-01', source: 'shared/domain.md' }],
};

/**
 * aml § 14-9 (2) f — general access to temporary employment for up to 12 months — was repealed from
 * 1 July 2022. Before that date a municipal temporary position of up to 12 months needed no other ground.
 */
export const GENERAL_TEMPORARY_ACCESS: RuleMeta = { id: 'aml-14-9-f', legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd bokstav f'], effectiveFrom: '2015-07-01', effectiveTo: '2022-06-30', source: 'shared/domain.md' };

export function generalTemporaryAccess(f: Facts): boolean {
  return f.sector === 'municipal' && !f.onOrAfter('2022-07-01') && f.onOrAfter(GENERAL_TEMPORARY_ACCESS.effectiveFrom) && f.months <= 12;
}

export function municipalPaths(f: Facts): Array<{ path: PathResult; unknown: string[] }> {
  const out: Array<{ path: PathResult; unknown: string[] }> = [];
  out.push({
    unknown: [],
    path: {
      id: 'municipal.ordinary',
      applies: 'yes',
      legalBasis: ['Det ulovfestede kvalifikasjonsprinsippet', 'Hovedtariffavtalen (KS) kap. 1 § 2 pkt. 2.2'],
      why: 'Hovedregelen gjelder alltid: stillingen lyses ut, og den best kvalifiserte søkeren ansettes.',
      conditions: ['Utlysning med krav som stillingen faktisk trenger.', 'Den best kvalifiserte ansettes (kvalifikasjonsprinsippet, ulovfestet og i Hovedtariffavtalen).'],
      steps: ['Be NAV om å dele utlysningen med aktuelle kandidater.', 'Vurder om stillingen kan lyses ut bare til målgruppen (se neste mulighet).'],
    },
  });
  out.push({
    unknown: [],
    path: {
      id: 'municipal.targeted-advertisement',
      applies: 'yes',
      legalBasis: ['Brev fra Arbeids- og inkluderingsdepartementet til KS, 3. november 2023 (ref. 17/267)'],
      why: 'Kommunen kan lyse ut stillingen bare til personer med nedsatt funksjonsevne eller fravær fra arbeid, utdanning eller opplæring. Departementet mener dette kan være et saklig unntak og ønsker at kommunene bruker handlingsrommet.',
      conditions: [
        'Utlysningen sier tydelig at stillingen er forbeholdt målgruppen.',
        'Kvalifikasjonsprinsippet gjelder blant søkerne i målgruppen.',
        'Hold antallet slike stillinger lavt sammenlignet med alle ledige stillinger.',
      ],
      steps: ['Avklar bruken med de tillitsvalgte.', 'Be NAV om hjelp til å nå kandidater i målgruppen.', 'Skriv i utlysningen hvem stillingen er forbeholdt.'],
    },
  });
  {
    const { value, unknown } = f.track((): Tri => {
      if (!f.temporary) return false;
      if (f.ground === 'labour_market_measure') return true;
      return or(f.candidate('temporaryWageSubsidy'));
    });
    out.push({
      unknown: value === null ? unknown : [],
      path: {
        id: 'municipal.labour-market-measure-temporary',
        applies: applies(value),
        legalBasis: ['arbeidsmiljøloven § 14-9 andre ledd bokstav d'],
        why:
          value === true
            ? 'Kandidaten deltar i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV, og kan ansettes midlertidig på det grunnlaget.'
            : value === null
              ? 'Mulig hvis kandidaten deltar i et tiltak fra NAV, for eksempel midlertidig lønnstilskudd.'
              : !f.temporary
                ? 'Gjelder bare midlertidig ansettelse.'
                : 'Kandidaten må delta i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV.',
        conditions: [
          'Midlertidig ansettelse av en deltaker i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV.',
          'KS mener NAV-tiltak faller utenfor kvalifikasjonsprinsippet og utlysningsplikten; omfanget drøftes med tillitsvalgte.',
        ],
        steps: ['Avklar tiltaket (f.eks. midlertidig lønnstilskudd) og varigheten med NAV.', 'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).'],
      },
    });
  }
  return out;
}
