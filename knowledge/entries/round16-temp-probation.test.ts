/**
 * Round sixteen (r16-temp-probation): temporary employment and probation in both sectors, fact by fact and
 * wider than round fifteen — the practical questions (can the contract just run out, must we give notice, what
 * notice period, what if the person is pregnant or sick, can we skip probation). Sources: arbeidsmiljøloven
 * § 14-9 andre ledd bokstav c and sjuende ledd (arbeidsmiljoloven.com, Compendia24, Arbeidslivsjuss), Prop. 57 L
 * (2022–2023) kap. 42 (lærlinger), Statens personalhåndbok kap. 3 on regjeringen.no (statsansatteloven §§ 17,
 * 19, 20 and 38), likestillings- og diskrimineringsloven § 10 (Compendia, Psykologforeningen, LDO sak 14919,
 * Tekna). Three new entries answer one question each; existing entries got a phrasing, state-temp-invalid-ground
 * the state's own rule on an unlawful temporary hire, and mun-temp-project-funding the Supreme Court's opening
 * for temporary hires before a pending reorganisation (Arbeidsrett 2019). Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['mun-temp-practice-work', 'state-temp-notice-period', 'temp-pregnant-not-renewed'] as const;

describeHouseStyle('round sixteen temporary-employment and probation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen temporary-employment and probation entries say what their sources say',
  [
    // arbeidsmiljoloven.com (lovtekst § 14-9 andre ledd bokstav c); Arbeidslivsjuss (Rt. 2009 s. 578)
    ['mun-temp-practice-work', /§ 14-9 andre ledd bokstav c tillater midlertidig ansettelse for praksisarbeid/],
    ['mun-temp-practice-work', /\*\*opplæring eller kvalifisering innenfor et fagområde\*\*/],
    // Compendia24: Praksisarbeid (øremerket praksisstilling; utdanningselementet trenger ikke være en større del)
    ['mun-temp-practice-work', /øremerket praksisstilling/],
    ['mun-temp-practice-work', /utdanningselementet trenger ikke være en større del av stillingen/],
    // Prop. 57 L (2022–2023) kap. 42.9: kontrakten om opplæring og arbeidsavtalen
    ['mun-temp-practice-work', /kontrakt om opplæring etter opplæringslova og en arbeidsavtale/],
    // arbeidsmiljøloven § 14-9 sjuende ledd: only letters a and b give a permanent post after long time
    ['mun-temp-practice-work', /etter mer enn 3 år eller 4 år \(§ 14-9 sjuende ledd\) gjelder vikariat \(b\) og arbeid av midlertidig karakter \(a\), ikke praksisarbeid/],
    // Statens personalhåndbok kap. 3: § 17 tredje ledd, §§ 19 and 20, § 17 fjerde ledd, § 17 første ledd
    ['state-temp-notice-period', /\*\*opphør av arbeidsforhold i ansettelsesperioden\*\* \(statsansatteloven § 17 tredje ledd\)/],
    ['state-temp-notice-period', /virksomhetens forhold \(§ 19\) eller arbeidstakers forhold \(§ 20\)/],
    ['state-temp-notice-period', /I prøvetiden\*\* er fristen 1 måned \(statsansatteloven § 22\)/],
    ['state-temp-notice-period', /mer enn 1 år, skal hen ha skriftlig varsel senest 1 måned før fratreden \(§ 17 fjerde ledd\)/],
    ['state-temp-notice-period', /arbeidsgiver må etter en saklig vurdering avgjøre at det er avsluttet/],
    ['state-temp-notice-period', /sjekk også arbeidsavtalen med HR/],
    // Compendia (ldl. § 10 siste ledd: also when a temporary post is renewed); Psykologforeningen (burden of proof)
    ['temp-pregnant-not-renewed', /^Nei, ikke i seg selv/],
    ['temp-pregnant-not-renewed', /\*\*forlengelse av en midlertidig stilling\*\*/],
    ['temp-pregnant-not-renewed', /må arbeidsgiveren bevise at det var andre, saklige grunner/],
    // LDO sak 14919 (2015), upheld by the tribunal (nemnda sak 97/2015)
    ['temp-pregnant-not-renewed', /sak 14919, 2015/],
    // Tekna: never ask about pregnancy or plans for leave
    ['temp-pregnant-not-renewed', /\*\*Ikke spør\*\* om graviditet eller planer om permisjon/],
    // Statens personalhåndbok kap. 3: unlawful temporary hire is permanent, dismissal under § 19/§ 20, effects § 38
    ['state-temp-invalid-ground', /\*\*skal anses som fast ansatt\*\*/],
    ['state-temp-invalid-ground', /statsansatteloven § 19 \(virksomhetens forhold\) eller § 20 \(arbeidstakers forhold\)/],
    ['state-temp-invalid-ground', /\*\*§ 38\*\*/],
    // Arbeidsrett (Idunn) 2019, Faret og Hirst: HR-2017-561-A and HR-2018-2371-A on pending reorganisations
    ['mun-temp-project-funding', /HR-2017-561-A og HR-2018-2371-A åpnet for at det i visse situasjoner knyttet til forestående omorganiseringer/],
    ['mun-temp-project-funding', /selv om forarbeidene isolert sett kan tale i motsatt retning/],
  ],
  DAY,
);

// Probes of this round for the facts it fixed, in other words than the entries' phrasings.
describeRoutedQuestions(
  'round sixteen manager questions reach the entry that holds the fact',
  [
    ['Hvilket grunnlag bruker kommunen når en lærling skal ansettes midlertidig?', 'municipal', 'mun-temp-practice-work'],
    ['Er praksisarbeid et lovlig grunnlag for midlertidig ansettelse i kommunen?', 'municipal', 'mun-temp-practice-work'],
    ['Hvor lang oppsigelsestid har en engasjert i staten?', 'state', 'state-temp-notice-period'],
    ['Hvilken frist gjelder hvis vi må si opp en midlertidig ansatt i staten før tiden?', 'state', 'state-temp-notice-period'],
    ['Vikaren er gravid og vikariatet går snart ut – kan vi la være å forlenge det?', 'municipal', 'temp-pregnant-not-renewed'],
    ['Kan vi la være å forlenge et vikariat fordi vikaren har blitt gravid?', 'state', 'temp-pregnant-not-renewed'],
    ['Vikaren har vært i vikariater hos oss i nesten tre år – blir hun fast?', 'municipal', 'mun-temporary-permanent-rule'],
    ['Teller tid i vikariat og tid i prosjektstilling sammen for fast ansettelse i kommunen?', 'municipal', 'mun-temporary-permanent-rule'],
    ['Er det lov å gi en ny medarbeider midlertidig kontrakt først for å prøve hen ut?', 'municipal', 'mun-temp-to-test-candidate'],
    ['Avbryter to uker uten kontrakt treårsregelen i staten?', 'state', 'state-three-year-rule-breaks'],
    ['Skal tillitsvalgte i staten få vite om de midlertidige ansettelsene våre?', 'state', 'state-temp-union-discussion'],
    ['Hva kan være grunn til å si opp en nyansatt i prøvetid i kommunen?', 'municipal', 'mun-probation-dismissal-grounds'],
    ['Kan staten forlenge prøvetiden når den nyansatte har vært i permisjon?', 'state', 'state-probation-extension'],
    ['Hvor lenge må en ha vært ansatt for å få fortrinnsrett etter arbeidsmiljøloven?', 'municipal', 'mun-preferred-right-dismissed'],
    ['Kan vi bare la vikarkontrakten gå ut uten oppsigelse?', 'municipal', 'mun-temp-ends-automatically'],
    ['Kan vi la engasjementet løpe ut uten å si fra?', 'state', 'state-temp-end-notice'],
    ['Holder det å la en midlertidig kontrakt i etaten gå ut av seg selv?', 'state', 'state-temp-end-notice'],
    ['Kan vi ansette uten prøvetid i staten?', 'state', 'state-probation'],
    ['Kan kommunen ha prøvetid for en som har jobbet som tilkallingsvikar i den samme jobben?', 'municipal', 'mun-probation'],
    ['Hva må stå i arbeidsavtalen for en vikar?', 'municipal', 'temp-contract-end-date'],
    ['Hva skjer om en engasjert i staten viser seg å ha vært ansatt uten lovlig grunnlag?', 'state', 'state-temp-invalid-ground'],
    ['Kan vi ansette midlertidig fordi vi venter på omorganisering i kommunen?', 'municipal', 'mun-temp-project-funding'],
    ['Hvor raskt må arbeidsavtalen til en vikar være på plass?', 'municipal', 'temp-contract-end-date'],
    ['Trenger prøvetid i staten å stå i arbeidsavtalen?', 'state', 'state-probation'],
    ['Må arbeidsgiver gi skriftlig begrunnelse for oppsigelse i prøvetid?', 'municipal', 'mun-probation-dismissal-process'],
    ['Mellombels tilsett i kommunen – når må vi seie frå om at kontrakten ikkje blir forlengd?', 'municipal', 'mun-temp-end-notice'],
    ['Må vi gi beskjed til den ansatte når prøvetiden i staten er over?', 'state', 'probation-ends-without-action'],
    ['Har vi lov til å ha flere midlertidige kontrakter etter hverandre med samme person?', 'municipal', 'mun-temporary-permanent-rule'],

    // Known misses of the round (it.todo notes), now answered.
    ['Blir en som er ansatt på NAV-tiltak fast etter tre år hos oss?', 'municipal', 'mun-measure-participant-not-permanent'],
  ],
  DAY,
);

describe('round sixteen temporary-employment and probation known misses', () => {
  it.todo(
    'Hovedtariffavtalen (KS) on temporary hires and notice periods («Hva sier hovedtariffavtalen om midlertidig ansettelse?»): no KS text of the agreement read (the PDF is not in the sources we can read)',
  );
  it.todo(
    'statsansatteloven § 15 on extending probation for absence: the current wording was not read on Lovdata; state-probation-extension still tells the manager to check with HR',
  );
  // statsansatteloven § 22, notice periods after probation: the ladder is now in state-temp-notice-period (round 21, NTNU).
  it.todo('statsansatteloven § 11 / konstitusjon («Hva er konstitusjon i staten?», 0.35): not verified, left out');
  it.todo(
    'dismissal of a state employee on sick leave during probation («Kan vi si opp en statsansatt i prøvetiden når hen er sykmeldt?» goes to state-probation-extension): no source read on whether and how aml § 15-8 applies in the state',
  );
  it.todo('«Kan prøvetiden avsluttes tidligere hvis alt går bra?» and «Når begynner prøvetiden å løpe?»: no current source read');
  it.todo('«… foreldrepermisjon …» questions about renewing a temporary post are refused as off-topic leave (scope.ts) unless they also name the post («vikariat»)');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen temp-probation known misses are still missed',
  [['Kan en midlertidig ansatt i staten selv si opp før tiden?', undefined, 'state-temp-notice-period', 'goes to state-three-year-rule, 0.69']],
  DAY,
);
