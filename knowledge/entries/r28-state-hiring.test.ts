/**
 * Round twenty-eight (r28-state-hiring): hiring in the state – the questions hiring managers ask about assessment,
 * interviews, the recommendation, screening, access, small posts, redundancy, temporary posts, trainees and the
 * interview duty. Every angle already had an entry, so this round adds none: it extends the entries the managers'
 * wordings missed or reached in the wrong sector, and adds to the interview-duty entry the applicant who did not tick
 * (for example with hearing loss) when the one called in turned out not to be in the group (a state question about last year's interview reached the municipal
 * entry). Sources read 2026-12-03: statsansatteforskriften § 4 (FOR-2017-06-21-838, Lovdata) and DFØ «Positiv
 * særbehandling når man søker jobb i staten» and «Dette skal du rapportere» (søkere som oppgir funksjonsnedsettelse),
 * Statens personalhåndbok 2017 on Lovdata (pkt. 2.3.3.5 arbeidsgivers opplysningsplikt: ansettelser, ikke interne
 * forfremmelser uten ansettelsesprosess; pkt. 2.14.2.4 behandling av søknader), LDO sak 06/592 (usaklig språkkrav),
 * LDO sak 11/620 and nemndas sak 35/2012 (norskkunnskaper ved ansettelse av en førsteinspektør), LDO sak 11/245 and
 * 09/2308 (språk, nemnda kom til motsatt resultat), Compendia on the employer's duty to inform a passed-over applicant,
 * and Sivilombudet on screening interviews (speedintervju) as already cited in the entry. A state question whether the
 * best applicant may be hired when none meets the master's requirement reaches hiring-requirements-vs-preferences (both
 * sectors), which gives the same rule as state-no-qualified-applicants (re-advertise); a phrasing pulling it to the
 * state entry broke round eighteen's routed row, so it was left out.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-eight extended state hiring entries keep the house style', ['state-interview-duty-disability-employed', 'state-passed-over-promotion-access'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-eight state hiring entries say what their sources say',
  [
    // statsansatteforskriften § 4 and DFØ (the group is what the applicant states): one who stated nothing does not trigger the duty
    ['state-interview-duty-disability-employed', /\*\*En annen søker har ikke oppgitt noe:\*\* en kvalifisert søker med for eksempel hørselstap/],
    ['state-interview-duty-disability-employed', /utløser ikke plikten – gruppen bygger på det søkeren \*\*oppgir\*\*, ikke på det dere ser eller får vite senere/],
    // statsansatteforskriften § 4 (oppgir), as in state-target-group-stated-in-letter: clearly written in the application counts
    ['state-interview-duty-disability-employed', /Har hen skrevet det tydelig i søknaden, er det tryggest å regne hen med/],
    // SPH 2017 pkt. 2.3.3.5 (Lovdata): information duty at appointments, not internal promotions without an appointment process
    ['state-passed-over-promotion-access', /likestillings- og diskrimineringsloven § 31/],
    ['state-passed-over-promotion-access', /\*\*ikke ved interne forfremmelser som ikke bygger på en ansettelsesprosess\*\*/],
    // LDO 06/592: no stricter language requirements than the employer objectively needs
    ['hiring-screening-names-spelling', /Det skal ikke stilles strengere krav til språklige ferdigheter enn virksomheten saklig sett har behov for \(LDO, sak 06\/592\)/],
    // LDO 11/620 and nemnda 35/2012: a state agency lawfully weighed Norwegian skills (førsteinspektør)
    ['hiring-screening-names-spelling', /lovlig la vekt på norskkunnskaper ved ansettelse av en førsteinspektør \(LDO sak 11\/620, nemndas sak 35\/2012\)/],
    ['hiring-screening-names-spelling', /\*\*Lovlig når kravet er relevant og brukes likt:\*\*/],
    // Sivilombudet (speedintervju at a university): a suitability judgment on a strong applicant must be investigated and documented
    ['hiring-screening-interview-suitability', /\*\*En kort merknad er ikke nok:\*\*/],
    ['hiring-screening-interview-suitability', /med intervjureferat og referanser – før søkeren ble holdt utenfor/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round twenty-eight state hiring questions reach their entries',
  [
    [
      'Den vi kalte inn på grunn av krysset for funksjonsnedsettelse, hadde ikke noen – har vi likevel gjort det forskriften krever?',
      'state',
      'state-interview-duty-disability-employed',
    ],
    [
      'En søker med nedsatt hørsel krysset ikke av og ble ikke innkalt, mens en annen som krysset av feil, fikk intervju – er plikten oppfylt?',
      'state',
      'state-interview-duty-disability-employed',
    ],
    ['Intervjuet vi henne i fjor til en liknende jobb, kan vi da la være å intervjue henne nå?', 'state', 'state-hiring-without-interview'],
    ['Har den forbigåtte kollegaen krav på skriftlige opplysninger om utdanningen til den som fikk opprykket?', 'state', 'state-passed-over-promotion-access'],
    ['Er det diskriminering å sortere bort søknader med mange stavefeil når skriftlig norsk er et krav i stillingen?', 'state', 'hiring-screening-names-spelling'],
    ['Er en merknad i innstillingen om manglende personlig egnethet nok dokumentasjon?', 'state', 'hiring-screening-interview-suitability'],
    ['Søkeren klaget oss inn for diskriminering i fjor – kan det ha betydning når hun søker hos oss igjen?', 'state', 'state-applicant-earlier-complaint-retaliation'],
    ['Må en praksisveilederstilling på 20 prosent ved høgskolen gjennom innstilling og ansettelsesråd?', 'state', 'state-small-or-short-post-board'],
    ['Kan vi gi den ledige stillingen direkte til en overtallig ansatt uten utlysning etter omorganiseringen?', 'state', 'state-redundant-redeploy-vacant-post'],
    ['Vi har restanser etter at vi byttet saksbehandlingssystem – kan vi ansette midlertidig i ett år?', 'state', 'state-temp-work-peak'],
    ['Ingen av søkerne har masteren vi krevde i utlysningen – kan vi ta den beste likevel?', 'state', 'hiring-requirements-vs-preferences'],
  ],
  DAY,
);
