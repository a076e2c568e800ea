/**
 * Round twenty-three (r23-work-trial): arbeidstrening with a public employer and getting candidates from NAV, fact by fact.
 * The base already held who may take part, the benefits, the agreement, duration and extension, tasks and staffing, follow-up,
 * HMS and insurance, ending early, what may follow and the advertising rules when hiring afterwards (state and municipality
 * apart). Probing (40 questions) found gaps, filled from sources read 2026-12-03: IMDi (Praksis; Arbeid på deltid; Samarbeid,
 * roller og ansvar), MiKA (Praksis), Vindafjord, Molde and Askøy kommune (praksis and språkpraksis), Arbeidsplassen (vilkår),
 * nav.no (arbeidsmarkedsloven kapittel 3, § 7; Arbeidstrening for arbeidsgivere and for privatpersoner), NKBUF/regjeringen.no
 * (markedskontakter) and KS (Inn i jobb: jus og ansettelser; like vilkår som i staten).
 * New: intro-programme-work-practice (praksis in the introduction programme: no wage, introduksjonsstønad, the municipality's
 * programme adviser follows up); nav-work-trial-arbeidsplassen (a work-trial placement is not advertised on Arbeidsplassen).
 * Extended: nav-contact-employer-line (tell NAV at once when a request for workers lapses, § 7); phrasings for
 * nav-work-trial-who, -evening-weekend, -how-to-offer, -benefits, -vs-subsidy and state-work-trial-to-hire.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeKnownMisses, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

const NEW = ['intro-programme-work-practice', 'nav-work-trial-arbeidsplassen'] as const;

describeHouseStyle('round twenty-three work-trial entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twenty-three work-trial entries say what their sources say',
  [
    // MiKA (Praksis), Molde and Vindafjord kommune: no wage in praksis; the participant gets introduksjonsstønad
    ['intro-programme-work-practice', /dere betaler ikke lønn for \*\*praksis\*\* i introduksjonsprogrammet/],
    ['intro-programme-work-practice', /deltakeren får \*\*introduksjonsstønad\*\* fra kommunen/],
    // MiKA: the participant is not part of the basic staffing
    ['intro-programme-work-practice', /ikke en del av grunnbemanningen/],
    // Vindafjord kommune: praksis from a few hours to several days a week
    ['intro-programme-work-practice', /fra noen få timer til flere dager i uka/],
    // IMDi (Praksis): praksis supports the goals in the integration plan
    ['intro-programme-work-practice', /støtte målene i deltakerens integreringsplan/],
    // IMDi (Samarbeid, roller og ansvar): the programme adviser coordinates contact with employers
    ['intro-programme-work-practice', /programrådgiveren koordinerer kontakten med arbeidsgivere/],
    // IMDi (Arbeid på deltid): ordinary paid work can be part of the programme
    ['intro-programme-work-practice', /ordinært lønnet arbeid kan også være en del av programmet/],
    // Molde kommune: a colleague who helps; attest or reference
    ['intro-programme-work-practice', /ha en kollega som hjelper på arbeidsplassen/],
    // Askøy kommune: public and private employers take språkpraktikanter
    ['intro-programme-work-practice', /\*\*Både stat og kommune\*\* kan ta imot praksisdeltakere/],
    // Arbeidsplassen (vilkår): only advertise when offering a candidate employment
    ['nav-work-trial-arbeidsplassen', /bare annonsere der når dere vil tilby en kandidat \*\*ansettelse\*\*/],
    // arbeidsmarkedsloven § 7 (nav.no): a lapsed request for workers must be reported at once
    ['nav-work-trial-arbeidsplassen', /Har dere bedt NAV om arbeidskraft og behovet faller bort, skal dere straks si fra til NAV/],
    ['nav-contact-employer-line', /skal dere straks si fra til NAV hvis oppdraget faller bort \(arbeidsmarkedsloven § 7\)/],
    // arbeidsmarkedsloven § 7 (nav.no): vacancies are reported to NAV at once
    ['vacancy-report-to-nav', /straks melde ledige stillinger til NAV/],
    // NKBUF (regjeringen.no 2018): market contacts find candidates among NAV's users
    ['nav-work-trial-arbeidsplassen', /Markedskontaktene skal finne aktuelle kandidater blant NAVs brukere/],
    // nav.no (Arbeidstrening for arbeidsgivere): the employer line
    ['nav-contact-employer-line', /55 55 33 36/],
    // nav.no (Arbeidstrening, arbeidsgiver and privatperson): up to one year, six more months with reduced work capacity
    ['nav-work-trial', /inntil 12 måneder[^\n]*forlenges med inntil 6 måneder/],
    // nav.no (Arbeidstrening for arbeidsgivere): start only when signed and approved by NAV
    ['nav-work-trial-start-approval', /signert og godkjent av NAV/],
    // arbeidsgiver.nav.no (Arbeidstrening): never the basic staffing; always with another person
    ['nav-work-trial-limits', /aldri dekke grunnbemanningen/],
    // tiltaksforskriften § 1-3 (nav.no regelverk): participants must be 16
    ['nav-work-trial-who', /må ha fylt 16 år/],
    // KS (Inn i jobb: jus og ansettelser): NAV measures fall outside the qualification principle and the duty to advertise
    ['mun-nav-measures-outside', /\*\*NAV-tiltak faller utenfor\*\* både kvalifikasjonsprinsippet og plikten til å lyse ut/],
    // KS (like vilkår som i staten): only the state may hire with wage subsidy without advertising
    ['mun-work-trial-to-hire', /Statens særregler – som lønnstilskuddsunntaket i statsansatteforskriften/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams (not the entries' phrasings).
describeRoutedQuestions(
  'round twenty-three manager questions reach the entry that holds the fact',
  [
    ['Vi får en flyktning i språkpraksis fra introduksjonsprogrammet. Skal vi betale lønn?', 'municipal', 'intro-programme-work-practice'],
    ['Hvem følger opp en deltaker i introduksjonsprogrammet som har praksis hos oss?', 'municipal', 'intro-programme-work-practice'],
    ['Kan en deltaker i introduksjonsprogrammet ha praksisplass hos et statlig direktorat?', 'state', 'intro-programme-work-practice'],
    ['Kan vi legge ut en arbeidstreningsplass på arbeidsplassen.nav.no?', undefined, 'nav-work-trial-arbeidsplassen'],
    ['Kan vi la praksiskandidaten gå alene på kveldsvakt i barnehagen?', 'municipal', 'nav-work-trial-evening-weekend'],
    ['Vi vil ansette han som har vært på arbeidstrening hos oss. Må stillingen lyses ut?', 'state', 'state-work-trial-to-hire'],
    ['Kan vi få lønnstilskudd hvis vi ansetter deltakeren etter arbeidstrening?', undefined, 'nav-work-trial-vs-subsidy'],
    ['Hvordan ber vi NAV om kandidater til arbeidstrening?', undefined, 'nav-work-trial-how-to-offer'],
    ['Kva får deltakaren betalt når hen er i arbeidstrening hos oss?', undefined, 'nav-work-trial-benefits'],
    ['Kan en 16-åring være på arbeidstrening?', undefined, 'nav-work-trial-who'],
    ['Kan arbeidstreningen forlenges ut over ett år?', 'state', 'nav-work-trial'],
    ['Vi vil ansette deltakeren etter arbeidstreninga. Må kommunen lyse ut?', 'municipal', 'mun-work-trial-to-hire'],
    ['Må kommunen lyse ut en plass for arbeidstrening?', 'municipal', 'mun-nav-measures-outside'],
    ['Har vi meldeplikt til NAV for ledige stillinger?', undefined, 'vacancy-report-to-nav'],
    ['Hva gjør en markedskontakt i NAV?', undefined, 'nav-contact-employer-line'],
    ['Kan den som er på arbeidstrening brukes når vi mangler folk i ferien?', undefined, 'nav-work-trial-limits'],
    ['Kan arbeidstreninga starte før avtalen er godkjend av NAV?', undefined, 'nav-work-trial-start-approval'],
    ['Deltakeren møter ikke opp på arbeidstreningen, hva gjør vi?', 'municipal', 'nav-work-trial-end-early'],
  ],
  DAY,
);

describe('round twenty-three work-trial known gaps', () => {
  it.todo('how many work-trial participants one unit may host at once: no source read gives a limit; ask NAV');
  it.todo(
    'which insurance covers a participant in introduction-programme praksis: the 2004 ministry letter to KS discusses it, but its conclusion was not read; the entry says to ask the municipality',
  );
});

// Probes of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round twenty-three work-trial known misses are still missed',
  [
    [
      'Vi har fått spørsmål fra NAV om å ta inn en på arbeidstrening på teknisk drift. Hvem bestemmer hvem som kan være deltaker?',
      'municipal',
      'nav-work-trial-who',
      'refused: best score nav-work-trial-limits about 0.42 (the case words dilute the question)',
    ],
  ],
  DAY,
);
