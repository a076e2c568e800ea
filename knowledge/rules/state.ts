/**
 * Hiring in the state (statlig tariffområde): statsansatteloven §§ 3-9 and statsansatteforskriften
 * §§ 3a, 4, 4a. Facts from seed 002 (Oslo Economics 2023), chapter 3, and shared/domain.md.
 */
import { and, applies, type Facts } from './facts.js';
import { targetGroup } from './targetGroup.js';
import type { PathResult, RuleMeta, Tri } from './types.js';

export const STATE_PATH_IDS = ['state.ordinary', 'state.administrative-appointment', 'state.wage-subsidy-exemption', 'state.trainee-programme', 'state.trainee-conversion'] as const;

export const STATE_RULES: Record<string, RuleMeta[]> = {
  'state.ordinary': [{ id: 'state.ordinary', legalBasis: ['statsansatteloven §§ 3–6'], effectiveFrom: '2017-07-01', source: 'Oslo Economics 2023, kap. 3.2' }],
  'state.administrative-appointment': [{ id: 'state.administrative-appointment', legalBasis: ['statsansatteloven § 7', 'statsansatteloven § 9 første ledd'], effectiveFrom: '2017-07-01', source: 'Oslo Economics 2023, kap. 3.3' }],
  // History: up to one year from the regulation's start, up to two years from 1 July 2022.
  'state.wage-subsidy-exemption': [
    { id: 'state.wage-subsidy-exemption', legalBasis: ['statsansatteforskriften § 3a første ledd bokstav b'], effectiveFrom: '2017-07-01', effectiveTo: '2022-06-30', source: 'shared/domain.md' },
    { id: 'state.wage-subsidy-exemption', legalBasis: ['statsansatteforskriften § 3a første ledd bokstav b'], effectiveFrom: '2022-07-01', source: 'Oslo Economics 2023, kap. 2.1 og 3.3' },
  ],
  'state.trainee-programme': [{ id: 'state.trainee-programme', legalBasis: ['statsansatteloven § 9 første ledd bokstav c'], effectiveFrom: '2017-07-01', source: 'Oslo Economics 2023, kap. 2.1 og 3.3' }],
  'state.trainee-conversion': [{ id: 'state.trainee-conversion', legalBasis: ['statsansatteforskriften § 3a første ledd bokstav a'], effectiveFrom: '2017-07-01', source: 'Oslo Economics 2023, kap. 3.3' }],
};

/** The wage-subsidy exemption's longest temporary position, by the version in force on asOf. */
export function wageSubsidyMaxMonths(f: Facts): number {
  return f.onOrAfter('2022-07-01') ? 24 : 12;
}

/** State § 9 (1) grounds. labour_market_measure is a municipal ground (aml § 14-9 (2) d) only. */
export function validStateGround(f: Facts): boolean {
  const g = f.ground;
  if (g === 'unforeseen_need') return f.months <= 6;
  return g === 'temporary_work' || g === 'substitute' || g === 'practice' || g === 'education_position';
}

export function adminMaxMonths(f: Facts): number {
  return f.c.employer?.personnelRegulationAllowsOneYear ? 12 : 6;
}

const maybeWhy = 'Det avhenger av svar du ikke har gitt ennå (se hva som mangler).';

export function statePaths(f: Facts): Array<{ path: PathResult; unknown: string[] }> {
  const out: Array<{ path: PathResult; unknown: string[] }> = [];

  out.push({
    unknown: [],
    path: {
      id: 'state.ordinary',
      applies: 'yes',
      legalBasis: ['statsansatteloven § 3', 'statsansatteloven § 4', 'statsansatteloven § 5', 'statsansatteloven § 6'],
      why: 'Hovedregelen gjelder alltid: stillingen lyses ut offentlig, og den best kvalifiserte søkeren ansettes.',
      conditions: [
        'Offentlig utlysning (§ 4), med krav som stillingen faktisk trenger.',
        'Den best kvalifiserte ansettes, vurdert etter utdanning, erfaring og personlig egnethet (§ 3).',
        'Innstilling fra nærmeste leder eller et innstillingsråd (§ 5), og vedtak av ansettelsesmyndigheten (§ 6).',
      ],
      steps: [
        'Be NAV om å dele utlysningen med aktuelle kandidater før du lyser ut.',
        'Kall inn minst én kvalifisert søker som oppgir nedsatt funksjonsevne, og minst én som oppgir hull i CV-en, til intervju.',
      ],
    },
  });

  // § 7 with § 9: up to six months (one year by the personnel regulation), on a valid temporary ground.
  {
    const max = adminMaxMonths(f);
    const ok = f.temporary && validStateGround(f) && f.months <= max;
    const why = !f.temporary
      ? 'Stillingen er fast. Administrativ ansettelse gjelder bare midlertidige behov.'
      : !validStateGround(f)
        ? f.ground === 'unforeseen_need'
          ? 'Uforutsett behov gir grunnlag for midlertidig ansettelse i høyst seks måneder.'
          : 'Det trengs et gyldig grunnlag for midlertidig ansettelse etter statsansatteloven § 9, og det er ikke oppgitt.'
        : f.months > max
          ? `Behovet varer ${f.months} måneder; administrativ ansettelse kan brukes for inntil ${max} måneder${max === 6 ? ' (ett år bare hvis personalreglementet åpner for det)' : ''}.`
          : `Et midlertidig behov på ${f.months} måneder med gyldig grunnlag kan dekkes ved administrativ ansettelse, uten utlysning.`;
    out.push({
      unknown: [],
      path: {
        id: 'state.administrative-appointment',
        applies: ok ? 'yes' : 'no',
        legalBasis: ['statsansatteloven § 7', 'statsansatteloven § 9'],
        why,
        conditions: [
          'Midlertidig behov med grunnlag i § 9 første ledd (f.eks. vikariat eller arbeid av midlertidig karakter).',
          'Inntil seks måneder, eller inntil ett år hvis personalreglementet åpner for det.',
          'Unntak fra utlysning, kvalifikasjonsprinsippet og innstilling (§§ 3–6).',
        ],
        steps: [
          'Spør NAV om en kandidat som kan starte raskt.',
          'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).',
          'Skal personen bli lenger, må stillingen lyses ut på vanlig måte.',
        ],
      },
    });
  }

  // § 3a first paragraph b: no advertisement for a temporary position with wage subsidy.
  {
    const max = wageSubsidyMaxMonths(f);
    const { value, unknown } = f.track((): Tri => {
      if (!f.temporary) return false;
      if (f.months > max) return false;
      const tg = targetGroup(f);
      return and(tg.member, f.candidate('temporaryWageSubsidy'));
    });
    const why =
      value === true
        ? `Kandidaten er i målgruppen og har midlertidig lønnstilskudd, og stillingen varer inntil ${max} måneder: den kan besettes uten offentlig utlysning.`
        : value === null
          ? f.hasCandidate
            ? maybeWhy
            : `Mulig hvis NAV har en kandidat i målgruppen med midlertidig lønnstilskudd (stillinger inntil ${max} måneder).`
          : !f.temporary
            ? 'Unntaket gjelder bare midlertidige stillinger.'
            : f.months > max
              ? `Unntaket gjelder stillinger på inntil ${max} måneder.`
              : 'Kandidaten må være i målgruppen og ha midlertidig lønnstilskudd fra NAV.';
    out.push({
      unknown: value === null ? unknown : [],
      path: {
        id: 'state.wage-subsidy-exemption',
        applies: applies(value),
        legalBasis: ['statsansatteforskriften § 3a første ledd bokstav b', 'statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
        why,
        conditions: [
          `Midlertidig stilling på inntil ${max === 24 ? 'to år' : 'ett år'}.`,
          'Kandidaten har nedsatt funksjonsevne eller hull i CV-en, og midlertidig lønnstilskudd fra NAV.',
          'Kvalifikasjonsprinsippet og innstilling gjelder fortsatt: velg den best kvalifiserte av kandidatene NAV foreslår.',
        ],
        steps: [
          'Be NAV om kandidater i målgruppen, med en tydelig bestilling (oppgaver, krav, varighet).',
          'Avklar lønnstilskuddet med NAV før ansettelse; det kreves en arbeidsavtale.',
          'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).',
        ],
      },
    });
  }

  // Traineeprogrammet i staten (DFØ): target group with higher education.
  {
    const { value, unknown } = f.track((): Tri => and(targetGroup(f).member, f.candidate('higherEducation')));
    out.push({
      unknown: value === null ? unknown : [],
      path: {
        id: 'state.trainee-programme',
        applies: applies(value),
        legalBasis: ['statsansatteloven § 9 første ledd bokstav c', 'statsansatteforskriften § 4', 'statsansatteforskriften § 4a'],
        why:
          value === true
            ? 'Kandidaten er i målgruppen og har høyere utdanning, og kan være aktuell for Traineeprogrammet i staten.'
            : value === null
              ? 'Aktuelt for kandidater i målgruppen med høyere utdanning.'
              : 'Traineeprogrammet er for personer i målgruppen med høyere utdanning.',
        conditions: [
          'Kandidaten har nedsatt funksjonsevne eller hull i CV-en, og høyere utdanning.',
          'Traineestillingen lyses ut bare til målgruppen, via DFØs traineeprogram.',
          'Midlertidig som praksisarbeid i inntil to år, med mulighet for ett år til.',
        ],
        steps: ['Meld interesse for traineeprogrammet hos DFØ.', 'Planlegg oppgaver, veileder og oppfølging for traineeperioden.'],
      },
    });
  }

  // § 3a first paragraph a: a trainee who completed the programme here may be hired permanently.
  // Decision: the contract names only the candidate's conditions; since the exemption is for a
  // permanent appointment, it does not apply to a temporary vacancy (answer "no", asked nothing).
  {
    const { value, unknown } = f.track((): Tri => (f.temporary ? false : and(f.candidate('completedStateTraineeHere'), f.candidate('qualified'))));
    out.push({
      unknown: value === null ? unknown : [],
      path: {
        id: 'state.trainee-conversion',
        applies: applies(value),
        legalBasis: ['statsansatteforskriften § 3a første ledd bokstav a'],
        why:
          value === true
            ? 'Kandidaten har fullført traineeprogrammet i virksomheten og er kvalifisert: fast ansettelse kan skje uten utlysning.'
            : value === null
              ? 'Gjelder bare en kandidat som har fullført traineeprogrammet hos dere og er kvalifisert.'
              : f.temporary
              ? 'Gjelder fast ansettelse; stillingen er midlertidig.'
              : 'Gjelder bare kvalifiserte kandidater som har fullført traineeprogrammet i virksomheten.',
        conditions: ['Stillingen er fast.', 'Kandidaten har fullført Traineeprogrammet i staten i denne virksomheten.', 'Kandidaten er kvalifisert for stillingen.'],
        steps: ['Vurder kvalifikasjonene mot stillingens krav og dokumenter vurderingen.', 'Gjør stillingen kjent internt (arbeidsmiljøloven § 14-1).'],
      },
    });
  }
  return out;
}

