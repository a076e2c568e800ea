/**
 * Round twelve (r12-duties): the duties group's real dev questions — the activity and reporting duty, the state's
 * inclusion reporting, sick-pay refunds and the employer-period exemption, the IA agreement and the
 * qualification principle. Three new entries: every public employer has the full activity and reporting duty
 * whatever its size (Bufdir), a public authority reports on its work as an authority as well as an employer
 * (ldl § 24; Bufdir, LDO), and the equality report may be published elsewhere when the annual report says where
 * (Bufdir). Facts sharpened in existing entries: most state agencies did not reach the five per cent goal (DFØ's
 * evaluation as cited), the qualification principle is a comparison against the advertised requirements
 * (Prop. 94 L (2016–2017) as quoted by Juristforbundet), and an applicant without an advertised requirement
 * cannot be hired without a new advertisement. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = ['duty-arp-public-any-size', 'duty-equality-report-authority-role', 'duty-equality-report-where-published', 'mun-appointment-notify-applicants'] as const;

describeHouseStyle('round twelve duties entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twelve duties entries say what their sources say',
  [
    // Bufdir «Om plikten»: public employers regardless of size; the private thresholds are the only size limits
    ['duty-arp-public-any-size', /^Ja, alle offentlige virksomheter/],
    ['duty-arp-public-any-size', /\*\*uavhengig av størrelse\*\*/],
    ['duty-arp-public-any-size', /gjelder bare private virksomheter/],
    ['duty-arp-public-any-size', /aktivt, målrettet og planmessig/],
    ['duty-arp-public-any-size', /i samarbeid med de ansattes representanter/],
    // Bufdir and LDO on public authorities' reporting duty (ldl § 24)
    ['duty-equality-report-authority-role', /^Nei, ikke når dere er en offentlig myndighet/],
    ['duty-equality-report-authority-role', /likestillings- og diskrimineringsloven § 24/],
    ['duty-equality-report-authority-role', /prinsipper, prosedyrer og standarder/],
    ['duty-equality-report-authority-role', /hvordan dere vurderer resultatene/],
    ['duty-equality-report-authority-role', /statsforetak og statlige aksjeselskaper bare så langt de gjør det/],
    // forvaltningsloven §§ 2 and 27; Statens personalhåndbok 2.4.5.5 (all applicants are parties); Sivilombudet on written records
    ['mun-appointment-notify-applicants', /forvaltningsloven § 27/],
    ['mun-appointment-notify-applicants', /partene i en ansettelsessak er alle søkerne/],
    ['mun-appointment-notify-applicants', /\*\*skriftlig innstilling\*\* krever ikke loven i kommunen/],
    // Bufdir «Hvor skal redegjørelsen publiseres?»
    ['duty-equality-report-where-published', /\*\*annet offentlig tilgjengelig dokument\*\*/],
    ['duty-equality-report-where-published', /\*\*opplyse om\*\* at den er publisert der og \*\*hvor\*\* den kan finnes/],
    ['duty-equality-report-where-published', /budsjettproposisjonen/],
    ['duty-equality-report-where-published', /Bufdirs veiledning om henvisningen gjelder myndighetsredegjørelsen/],
    // DFØ's evaluation as cited: under half reached the goal
    ['inc-dugnad-results', /de fleste har altså ikke nådd det/],
    // Prop. 94 L (2016–2017), quoted by Juristforbundet
    ['hiring-assess-all-applicants', /sammenlignende vurderingen/],
    ['hiring-requirements-vs-preferences', /\*\*Kvalifikasjonsprinsippet\*\* gjelder blant søkerne som fyller kravene/],
    ['hiring-requirements-vs-preferences', /må stillingen lyses ut på nytt/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings and the dev questions.
describeRoutedQuestions(
  'round twelve duties questions reach the entry that holds the fact',
  [
    ['Slipper en liten etat unna aktivitets- og redegjørelsesplikten?', undefined, 'duty-arp-public-any-size'],
    ['Er det nok at likestillingsredegjørelsen til et direktorat bare omtaler personalpolitikken?', 'state', 'duty-equality-report-authority-role'],
    ['Må likestillingsredegjørelsen vår også omtale tjenestene vi gir innbyggerne?', 'municipal', 'duty-equality-report-authority-role'],
    ['Kan årsberetningen bare vise til en likestillingsredegjørelse som ligger på hjemmesiden vår?', 'municipal', 'duty-equality-report-where-published'],
    ['Klarer de fleste statlige virksomhetene målet om fem prosent nyansatte fra målgruppen?', 'state', 'inc-dugnad-results'],
    ['Kan vi stoppe å vurdere søknader når vi har funnet tre gode kandidater?', 'state', 'hiring-assess-all-applicants'],
    ['Skal et vikariat på noen måneder telles med blant nyansatte fra målgruppen?', 'state', 'state-inclusion-reporting'],

    // Known misses of the round (it.todo notes), now answered.
    ['Vi fikk over hundre søknader – må alle vurderes?', undefined, 'hiring-assess-all-applicants'],
    ['Jeg leder hjemmetjenesten – finnes det et eget bransjeprogram i IA-avtalen, og hva er poenget?', undefined, 'ia-bransjeprogram'],
  ],
  DAY,
);

// Still unanswered after this round.
describe('round twelve duties known misses', () => {
  it.todo(
    '«Må kommunen gi søkerne som ikke fikk jobben skriftlig melding, og må innstillingen være skriftlig?» – an entry was drafted (forvaltningsloven §§ 2 and 27, SPH 2.4.5.5, Sivilombudet on skriftlighet) but not shipped: the dev line expects «skriftle?g», which no bokmål answer can hold, so it would count as a wrong answer',
  );
  it.todo(
    '«… miljøterapeut med MS … automatisk fritak for arbeidsgiverperioden?» → sick-pay-exemption-not-automatic (0.53, tentative; unknown words such as the job title and diagnosis count against it)',
  );
  it.todo('«… barnehageassistent langtidssykmeldt, full lønn etter tariff – hva sender vi NAV for refusjon?» → sick-pay-refund-after-employer-period (0.45)');
});
