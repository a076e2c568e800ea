/**
 * Round twenty-seven (r27-employment): probation, sick pay in the employer period and ending or extending temporary
 * employment, for state and municipal employers. Most angles were already answered; where a state question reached the
 * municipal entry (or none), this round added a state entry or state phrasings. Sources read 2026-12-03: Compendia on
 * extending probation (statsansatteloven § 15 has the same absence condition as aml § 15-6; a course the employer sends
 * the employee on is no ground), Compendia24 on extending probation, Høgskolen i Østfold's manager handbook and staff page
 * on probation, NTNU on § 15, Virke on partial sick leave, Stiegler and LO-advokatene on probation, DFØ (22.06.2022) on
 * the wage-subsidy exemption, regjeringen.no's guidance to the personnel regulations (§ 7) and Statens personalhåndbok
 * kap. 3, and NHO on the summer-job refund.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-seven employment entries keep the house style', ['state-probation-which-absence', 'state-temp-subsidy-ended-extend'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-seven employment entries say what their sources say',
  [
    // Compendia (home office): statsansatteloven § 15 has the same absence condition; no extension for a course the employer sends the employee on
    ['state-probation-which-absence', /obligatorisk kurs eller en opplæring dere har sendt den nyansatte på – gir \*\*ikke\*\* grunnlag for forlengelse \(statsansatteloven § 15/],
    // Høgskolen i Østfold, manager handbook: extension for absence «som ikke er forårsaket av arbeidsgiver»
    ['state-probation-which-absence', /forlengelse gjelder fravær «som ikke er forårsaket av arbeidsgiver»/],
    // Virke: partial sick leave counted as whole days
    ['state-probation-which-absence', /\*\*Delvis sykmelding:\*\* regn ut hvor mange hele dager fraværet til sammen utgjør/],
    // NTNU: written notice at hiring (standard contract) and of the extension itself
    ['state-probation-which-absence', /skriftlig orientering om adgangen ved ansettelsen – den står i statens standard arbeidsavtale/],
    // DFØ 2022: § 3a lifts only the advertisement duty; the temporary ground is § 9
    ['state-temp-subsidy-ended-extend', /§ 3a gir bare unntak fra utlysning; selve midlertidigheten har hele tiden hvilt på § 9/],
    ['state-temp-subsidy-ended-extend', /unntaket fra utlysning i statsansatteforskriften § 3a gjelder midlertidig ansettelse \*\*med\*\* lønnstilskudd fra NAV/],
    // regjeringen.no, guidance to the personnel regulations: § 7 exempts §§ 3–6 for up to six months
    ['state-temp-subsidy-ended-extend', /§ 7 gir unntak fra §§ 3–6 for ansettelser i inntil 6 måneder/],
    // Statens personalhåndbok kap. 3: ends at the agreed end; written notice after more than one year, one month before
    ['state-temp-subsidy-ended-extend', /mer enn 1 år, skal hen ha skriftlig varsel om fratreden senest 1 måned før \(§ 17 fjerde ledd/],
    // Høgskolen i Østfold (staff page): a new probation period on moving to another post at the college
    ['state-probation-new-position', /Høgskolen i Østfold gir også ny prøvetid ved overgang til en annen stilling ved høgskolen/],
    // LO-advokatene: faster adaptation expected in posts with high qualification requirements; NTNU: reasonable demands
    ['state-probation-experienced-hire', /i stillinger med høye kvalifikasjonskrav forventes raskere tilpasning til arbeidet enn ellers/],
    ['state-probation-experienced-hire', /\*rimelige\* krav til dyktighet og pålitelighet målt mot stillingen \(NTNU\)/],
    // NTNU: training, follow-up and assessment first, documented; HiØ: at least one written advance notice
    ['state-probation-dismissal', /\*\*Tidlig i prøvetiden:\*\* vi har ikke funnet noen regel om at en bestemt tid må gå/],
    ['state-probation-dismissal', /minst ett skriftlig forhåndsvarsel før en oppsigelse/],
    // NHO: refund claim within two months after the measure
    ['nav-summer-job-refund', /senest innen 2 måneder etter at tiltaket er slutt/],
  ],
  DAY,
);

describeRoutedQuestions(
  'managers reach the round twenty-seven answers in their own words',
  [
    ['Kursuker i prøvetiden i etaten – kan de legges til prøvetiden?', 'state', 'state-probation-which-absence'],
    ['Vi sendte den nye saksbehandleren på et grunnkurs – teller det som fravær i prøvetiden?', 'state', 'state-probation-which-absence'],
    ['Skal prøvetiden bli lengre fordi hun var på introduksjonsprogram og kurs de første ukene i staten?', 'state', 'state-probation-which-absence'],
    ['Kan staten forlenge en midlertidig ansatt på egen regning når lønnstilskuddet fra NAV tar slutt?', 'state', 'state-temp-subsidy-ended-extend'],
    ['Tilskuddet fra NAV er avsluttet, men vi vil ha personen i engasjementet en stund til – hva gjelder i staten?', 'state', 'state-temp-subsidy-ended-extend'],
    ['Vi har forfremmet en av våre rådgivere til seksjonsleder – kan hen få prøvetid i lederstillingen?', 'state', 'state-probation-new-position'],
    ['En fast ansatt går over i en lederstilling hos oss – kan vi avtale ny prøvetid?', 'state', 'state-probation-new-position'],
    ['Forventes det mer av en erfaren ansatt i prøvetiden i staten enn av en nyutdannet?', 'state', 'state-probation-experienced-hire'],
    ['Kan vi stille høyere krav til en erfaren seniorrådgiver i prøvetiden?', 'state', 'state-probation-experienced-hire'],
    ['Hva må vi ha gjort før vi sier opp en nyansatt i staten tidlig i prøvetiden?', 'state', 'state-probation-dismissal'],
    ['Holder det med et par uker i jobben før etaten sier opp en nyansatt i prøvetid?', 'state', 'state-probation-dismissal'],
    ['Hvor lang frist har vi for å kreve refusjon av lønnstilskudd etter at sommerjobben er slutt?', undefined, 'nav-summer-job-refund'],
    ['Når må refusjonskravet for sommerjobbtilskuddet senest være sendt til NAV?', 'state', 'nav-summer-job-refund'],
    ['Lønnstilskuddet er slutt – kan kommunen forlenge den midlertidige ansettelsen på egen hånd?', 'municipal', 'mun-temp-measure-ended'],
    ['Tiltaket fra NAV er ferdig, kan vi gi personen en ny midlertidig kontrakt i kommunen uten NAV?', 'municipal', 'mun-temp-measure-ended'],
    // The municipal side of the same angles still reaches the municipal entries.
    ['Kan prøvetiden forlenges fordi den nyansatte var på et obligatorisk kurs i tre uker?', 'municipal', 'mun-probation-extension-which-absence'],
    ['Kan vi stille høyere krav til en erfaren sykepleier i prøvetiden?', 'municipal', 'mun-probation-experienced-hire'],
  ],
  DAY,
);
