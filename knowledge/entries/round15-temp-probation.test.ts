/**
 * Round fifteen (r15-temp-probation): temporary employment and probation, each sector with its own rules —
 * statsansatteloven §§ 7, 9, 15, 17 and 24 (DFØ, Creo, Prop. 94 L kap. 14, Statens personalhåndbok on
 * regjeringen.no and its 2017 edition on Lovdata, Compendia and Ræder Bing on the probation changes of
 * 1 July 2024) and arbeidsmiljøloven §§ 14-6, 14-9, 15-3 and 15-6 (arbeidsmiljoloven.com, Compendia24).
 * Four new entries answer one question each; a few existing entries got a phrasing, a related id or a fact.
 * Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['state-temp-to-test-candidate', 'state-wage-subsidy-permanent-probation', 'state-temp-absence-three-year-rule', 'mun-temp-notice-period'] as const;

describeHouseStyle('round fifteen temporary-employment and probation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round fifteen temporary-employment and probation entries say what their sources say',
  [
    // DFØ: Midlertidig ansatt (uten fastsatt tidsrom eller oppdrag er midlertidig ansettelse ikke tillatt)
    ['state-temp-to-test-candidate', /^Nei\. Å prøve ut om en person passer, er ikke en av grunnene/],
    ['state-temp-to-test-candidate', /kan verken tidsrommet eller oppdraget avgrenses, er midlertidig ansettelse som hovedregel ikke tillatt/],
    // Creo: «det er vilkårene på ansettelsestidspunktet som avgjør»
    ['state-temp-to-test-candidate', /forholdene på ansettelsestidspunktet/],
    // Prop. 94 L kap. 14: formålet med prøvetid (kompetanse og tilpasning); regjeringen.no: prøvetid obligatorisk, standardmalen
    ['state-temp-to-test-candidate', /har den nødvendige kompetansen og tilpasser seg arbeidet/],
    ['state-temp-to-test-candidate', /står i standardmalen for arbeidsavtale/],
    // Compendia: Nye regler om prøvetid fra 1. juli 2024 (aml og statsansatteloven; samme eller vesentlig lik stilling)
    ['state-wage-subsidy-permanent-probation', /^Nei, ikke når hen fortsetter i samme eller en vesentlig lik stilling/],
    ['state-wage-subsidy-permanent-probation', /tidligere ansettelsestid og ny prøvetid til sammen ikke overstiger 6 måneder/],
    // NAV: Midlertidig lønnstilskudd (ordinær lønn); DFØ 22.06.2022: fast stilling etter § 3a må lyses ut
    ['state-wage-subsidy-permanent-probation', /vanlig ansettelse med ordinær lønn/],
    ['state-wage-subsidy-permanent-probation', /må en fast stilling lyses ut/],
    // Creo: treårsregelen, opphold inntil 14 dager eller ferie avbryter ikke; aml § 14-9 sjuende ledd (no deduction)
    ['state-temp-absence-three-year-rule', /^Det kommer an på ordlyden i statsansatteloven § 9/],
    ['state-temp-absence-three-year-rule', /opphold på inntil 14 dager mellom to perioder, eller opphold knyttet til ferie/],
    ['state-temp-absence-three-year-rule', /ikke skal gjøres fradrag for arbeidstakerens fravær/],
    ['state-temp-absence-three-year-rule', /spør HR eller DFØ/],
    // arbeidsmiljoloven.com: § 15-3 første, fjerde og sjuende ledd
    ['mun-temp-notice-period', /alminnelige gjensidige oppsigelsesfrist på 1 måned \(§ 15-3 første ledd\)/],
    ['mun-temp-notice-period', /første dagen i måneden etter at oppsigelsen fant sted/],
    ['mun-temp-notice-period', /I prøvetiden\*\* er fristen 14 dager/],
    // Compendia24: Oppsigelse i avtaleperioden (begge parter kan si opp; ingen rett til å stå i stillingen)
    ['mun-temp-notice-period', /\*\*Begge parter kan si opp\*\* en midlertidig avtale i avtaleperioden/],
    ['mun-temp-notice-period', /\*\*Ingen rett til å stå i stillingen:\*\*/],
    // aml § 14-6 første ledd bokstav h (oppsigelsesfrister i arbeidsavtalen)
    ['mun-temp-notice-period', /§ 14-6 første ledd bokstav h/],
    // Statens personalhåndbok 2017 pkt. 2.4.11.1 (tjml. § 8 nr. 2: tilpasse seg arbeidet, dyktighet eller pålitelighet)
    ['state-probation-dismissal', /ikke kan tilpasse seg arbeidet eller ikke fyller rimelige krav til dyktighet eller pålitelighet/],
    ['state-probation-dismissal', /la HR bekrefte ordlyden i statsansatteloven/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round fifteen manager questions reach the entry that answers them',
  [
    ['Kan jeg hente inn en vikar mens en saksbehandler er i foreldrepermisjon?', 'state', 'state-temp-substitute'],
    ['Hvor mange år kan vi ha en vikar i direktoratet før vedkommende blir fast?', 'state', 'state-three-year-rule'],
    ['Hvilke grunner kan brukes for å si opp en statsansatt som er i prøvetid?', 'state', 'state-probation-dismissal'],
    ['Får en som bytter stilling internt ny prøvetid i staten?', 'state', 'state-probation-new-position'],
    ['Kan en med lønnstilskudd få prøvetid når hen blir fast ansatt etter perioden?', 'state', 'state-wage-subsidy-permanent-probation'],
    ['Er det lov å ansette noen midlertidig for å prøve dem ut før fast stilling i staten?', 'state', 'state-temp-to-test-candidate'],
    ['Teller foreldrepermisjon med når vi regner tiden for treårsregelen i staten?', 'state', 'state-temp-absence-three-year-rule'],
    ['Gir et opphold mellom to vikariater ny start på treårsregelen?', 'state', 'state-three-year-rule-breaks'],
    ['Må vi varsle en engasjert før kontrakten går ut?', 'state', 'state-temp-end-notice'],
    ['Hvor lang prøvetid kan vi avtale i staten?', 'state', 'state-probation'],
    ['Hva er oppsigelsesfristen i prøvetiden i staten?', 'state', 'state-probation-notice'],
    ['Kan vi ansette midlertidig i seks måneder fordi vi trenger folk raskt?', 'state', 'state-temp-unforeseen-need'],
    ['Kan kommunen ansette en vikar for en sykepleier i foreldrepermisjon?', 'municipal', 'mun-temp-substitute'],
    ['Må vi varsle den midlertidig ansatte før kontrakten går ut i kommunen?', 'municipal', 'mun-temp-end-notice'],
    ['Hva er oppsigelsesfristen for en midlertidig ansatt i kommunen?', 'municipal', 'mun-temp-notice-period'],
    ['Kan kommunen si opp en vikar før sluttdatoen?', 'municipal', 'mun-temp-notice-period'],
    ['Teller sykemelding med i treårsregelen i kommunen?', 'municipal', 'mun-temp-absence-not-deducted'],
    ['Kan vi forlenge prøvetiden når den ansatte har vært sykmeldt i kommunen?', 'municipal', 'mun-probation-extension-absence'],
    ['Kan en ansatt som går til en ny stilling i kommunen få ny prøvetid?', 'municipal', 'mun-probation-new-position'],
    ['Hvor mange år som midlertidig i arbeid av midlertidig karakter før fast ansettelse i kommunen?', 'municipal', 'mun-temporary-permanent-rule'],
    ['Blir en tiltaksdeltaker fast etter noen år i kommunen?', 'municipal', 'mun-measure-participant-not-permanent'],
    ['Har en vikar i kommunen fortrinnsrett når vikariatet slutter?', 'municipal', 'mun-preferred-right-dismissed'],
    ['How long can a probation period be in a municipality?', 'municipal', 'mun-probation'],
  ],
  DAY,
);

describe('round fifteen temporary-employment and probation known misses', () => {
  it.todo('statsansatteloven § 9: whether absence is deducted from the three years — wording not read on Lovdata; the entry says to ask HR/DFØ');
  it.todo(
    'statsansatteloven § 15: extension of probation for absence and the «same or similar position» rule from 1 July 2024 — current wording not read on Lovdata (Compendia/Ræder Bing only)',
  );
  it.todo('«Kan vi avskjedige i prøvetiden?» → no entry (0.35); no source read on avskjed (aml § 15-14, statsansatteloven § 26) during probation');
  it.todo('notice period for a temporary state employee dismissed during the term (statsansatteloven § 22) → goes to state-probation-notice (0.61); the § 22 table not read');
  it.todo('state counterpart of mun-temp-substitute-extend («forlenge et vikariat i staten») → state-temp-substitute (0.64), which says nothing on extending');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round fifteen temp-probation known misses are still missed',
  [
    [
      'Teller sykefravær med når vi regner tre år som midlertidig ansatt i staten?',
      undefined,
      'state-temp-absence-three-year-rule',
      'is read as off-topic sick leave (offTopic sickleave, score 0)',
    ],
    [
      'Hvor lenge må man ha jobbet for å få fortrinnsrett i staten?',
      undefined,
      'state-temp-preferred-right',
      '→ state-moderate-preference (0.58), not state-temp-preferred-right: «Hvor lang ansettelsestid kreves …» made a dev out-of-scope question answered, «Hvor lenge må en statsansatt ha vært ansatt i virksomheten …» took «Hvem bestemmer hvem som blir ansatt …» from state-appointing-authority; both dropped',
    ],
  ],
  DAY,
);
