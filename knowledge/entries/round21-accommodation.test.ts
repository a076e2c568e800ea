/**
 * Round twenty-one (r21-accommodation): accommodation for applicants and for new and current employees, both sectors.
 * Listed 71 facts from the public sources (likestillings- og diskrimineringsloven § 22, arbeidsmiljøloven § 4-6, NAV's
 * work aids, inkluderingstilskudd, ekspertbistand, LDO and Diskrimineringsnemnda cases; list in
 * /work/r21/r21-accommodation-facts.md), asked the bot one manager question per fact and filled the gaps from pages read
 * 2026-12-02: nav.no (Hjelpemidler og tilrettelegging i arbeid; Tilskudd til ekspertbistand for arbeidsgivere and for
 * privatpersoner), Kunnskapsbanken (NAV Hjelpemiddelsentral: Tilrettelegging i arbeid), Idébanken and Salutis HMS on
 * ekspertbistand, LDO (Nedsatt funksjonsevne – tilrettelegging på jobb; Rett til redusert arbeidstid; sak 10/1862),
 * Juristen (Diskrimineringsnemnda sak 2022/631), Regelhjelp (Arbeidstilsynet: Tilrettelegging av arbeidet ved redusert
 * arbeidsevne og sjukdom), Compendia (Arbeidsgivers tilretteleggingsplikt), Overlegen 2/2017 and NHO.
 * New: an applicant who needs a delayed start or a gradual build-up (DIN 2022/631), what the expert does and what the
 * ekspertbistand grant covers, and examples of accommodation measures under § 4-6. Extended: nav-work-aids-apply (the
 * «about half of similar workplaces» rule; needs reassessed at a new workplace), acc-aml-4-6-how-far (other tasks in the
 * enterprise), nav-expert-assistance (who shapes and orders the assignment); phrasings for entries the probes missed.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['acc-applicant-delayed-start', 'nav-expert-assistance-expert-role', 'acc-measures-examples'] as const;

describeHouseStyle('round twenty-one accommodation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round twenty-one accommodation entries say what their sources say',
  [
    // Juristen (DIN 2022/631): state agency, applicant ticked the box and said she would need some accommodation for a period; discriminated, compensated
    ['acc-applicant-delayed-start', /Diskrimineringsnemnda kom til at hun var diskriminert, og hun fikk økonomisk kompensasjon/],
    ['acc-applicant-delayed-start', /en større statlig virksomhet hadde krysset av for funksjonsnedsettelse/],
    // Juristen: reduced capacity not lasting; delayed start and gradual build-up reasonable and manageable given the post
    ['acc-applicant-delayed-start', /Utsatt oppstart og gradvis opptrapping var etter advokatens syn rimelige og håndterbare krav/],
    ['acc-applicant-delayed-start', /kontaktet de sentrale referansepersonene/],
    // LDO (Rett til redusert arbeidstid): assess whether tasks can be distributed differently; not if disproportionately difficult
    ['acc-applicant-delayed-start', /må vurdere om arbeidsoppgavene kan fordeles annerledes enn tenkt/],
    ['acc-applicant-delayed-start', /uforholdsmessig vanskelig å få oppgavene gjort ved å fordele dem på flere/],
    // nav.no (ekspertbistand, for arbeidsgivere): preparation, work at the workplace, report; travel, board and lodging
    ['nav-expert-assistance-expert-role', /\*\*forberedelser\*\*, \*\*arbeidet på arbeidsplassen\*\* og \*\*etterarbeidet med rapporten\*\*/],
    ['nav-expert-assistance-expert-role', /\*\*reise, kost og losji\*\*/],
    // nav.no: employer and employee shape the assignment together; the employer orders the expert
    ['nav-expert-assistance-expert-role', /sammen utformer oppdraget/],
    ['nav-expert-assistance-expert-role', /Det er arbeidsgiveren som bestiller eksperten/],
    ['nav-expert-assistance', /sammen utformer oppdraget; arbeidsgiveren bestiller eksperten/],
    // nav.no (ekspertbistand, privatpersoner): mapping competence and skills to adapt tasks; mainly at the workplace; physio/ergo assessment
    ['nav-expert-assistance-expert-role', /kartlegge kompetansen og ferdighetene til den ansatte, som grunnlag for å tilpasse arbeidsoppgavene/],
    ['nav-expert-assistance-expert-role', /først og fremst gis på arbeidsplassen/],
    ['nav-expert-assistance-expert-role', /fysio- eller ergoterapeut kan vurdere arbeidsplassen/],
    // nav.no: costs beyond the maximum and other costs are the employer's; not for treatment
    ['nav-expert-assistance-expert-role', /tilskuddet gis ikke til behandling/],
    // Idébanken: the expert's report goes to NAV with the refund claim
    ['nav-expert-assistance-expert-role', /sender den til NAV når dere krever refusjon \(Idébanken\)/],
    // NAV's application form (navikt/ekspertbistand, steps 1 and 2): contact person, what the expert helps with, approval first,
    // the Altinn right, the occupational health service only beyond its usual agreement, whom in NAV you discussed it with
    ['nav-expert-assistance-expert-role', /kontaktpersonen som følger opp den ansatte \(vanligvis nærmeste leder\)/],
    ['nav-expert-assistance-expert-role', /for eksempel kartlegging eller arbeidsplassvurdering/],
    ['nav-expert-assistance-expert-role', /hvem i NAV dere har drøftet behovet med\. Tiltaket må være godkjent før dere begynner/],
    ['nav-expert-assistance-expert-role', /enkeltrettigheten «Tilskudd til ekspertbistand»/],
    ['nav-expert-assistance-expert-role', /bare være ekspert når hjelpen går ut over det som vanligvis inngår i avtalen/],
    ['nav-expert-assistance', /bedriftshelsetjenesten bare brukes når hjelpen går ut over det som vanligvis inngår i avtalen/],
    // Salutis HMS: group measures, courses and aids under ftrl §§ 10-5 and 10-7 not covered
    ['nav-expert-assistance-expert-role', /folketrygdloven §§ 10-5 og 10-7, ikke dekkes – sjekk med NAV/],
    // Overlegen 2/2017: Arbeidstilsynet's three kinds of measures
    ['acc-measures-examples', /organisatoriske, psykososiale og fysiske/],
    // Regelhjelp (Arbeidstilsynet): examples — routines, hours, colleagues' help; access; training and retraining; temporary or lasting
    ['acc-measures-examples', /aktiv hjelp fra kolleger \(Arbeidstilsynet\)/],
    ['acc-measures-examples', /døråpninger, terskler, heis, rullestolrampe/],
    ['acc-measures-examples', /opplæring, omskolering og arbeidstrening/],
    ['acc-measures-examples', /midlertidige eller varige \(Arbeidstilsynet\)/],
    // Compendia: what is needed depends on whether the reduced capacity is physical or mental and how much it is reduced
    ['acc-measures-examples', /om den er fysisk eller psykisk, og hvor mye den er redusert \(Compendia\)/],
    // NHO: exemption from night or shift work weighed against the load on other employees
    ['acc-measures-examples', /fritak fra natt- eller skiftarbeid, må veies mot belastningen for de andre ansatte/],
    // Kunnskapsbanken (NAV Hjelpemiddelsentral): about half of similar workplaces have the product → the employer's duty
    ['nav-work-aids-apply', /finnes på omtrent halvparten av tilsvarende arbeidsplasser/],
    // nav.no (Hjelpemidler og tilrettelegging i arbeid): in a new job the needs at the new workplace may be assessed
    ['nav-work-aids-apply', /vurdere tilretteleggingsbehovet på det nye arbeidsstedet \(nav\.no\)/],
    // LDO 10/1862: the duty includes assessing other tasks in the same enterprise
    ['acc-aml-4-6-how-far', /andre arbeidsoppgaver i virksomheten \(LDO, sak 10\/1862\)/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams (not the entries' phrasings).
describeRoutedQuestions(
  'round twenty-one manager questions reach the entry that holds the fact',
  [
    ['Søkeren trenger utsatt oppstart og gradvis opptrapping – kan vi velge en annen av den grunn?', 'state', 'acc-applicant-delayed-start'],
    ['Dekker tilskuddet til ekspertbistand reiseutgiftene til eksperten?', undefined, 'nav-expert-assistance-expert-role'],
    ['Kan en ekspert kartlegge kompetansen til den ansatte for å finne nye oppgaver?', 'municipal', 'nav-expert-assistance-expert-role'],
    ['Er behandling hos fysioterapeut dekket av ekspertbistanden?', undefined, 'nav-expert-assistance-expert-role'],
    ['Hvem bestemmer hva eksperten skal gjøre når vi bruker ekspertbistand?', undefined, 'nav-expert-assistance'],
    ['Kan BHT-en vår brukes som ekspert i en ekspertbistandssak?', undefined, 'nav-expert-assistance'],
    ['Hvordan vet vi om utstyret er vanlig arbeidsutstyr eller et hjelpemiddel NAV betaler?', undefined, 'nav-work-aids-apply'],
    ['Er det lederen eller medarbeideren som søker om hjelpemiddel fra NAV?', undefined, 'nav-work-aids-apply'],
    ['Den nyansatte har med seg hjelpemidler fra forrige jobb – må behovet vurderes på nytt hos oss?', 'state', 'nav-work-aids-apply'],
    ['Har vi større ansvar for tilrettelegging når skaden kom av jobben hos oss?', undefined, 'acc-aml-4-6-how-far'],
    ['Må vi se etter andre oppgaver hos oss for en som ikke klarer jobben sin lenger?', undefined, 'acc-aml-4-6-how-far'],
    ['Har en ansatt med funksjonsnedsettelse rett på fleksitid?', undefined, 'duty-reduced-hours'],
    ['Må den ansatte bidra når vi prøver å finne tilrettelegging?', undefined, 'acc-employee-declines'],
    ['Er det ulovlig forskjellsbehandling å ikke legge til rette for en medarbeider med funksjonsnedsettelse?', undefined, 'duty-accommodation-breach-discrimination'],
    ['Kan en deltaker med arbeidsavklaringspenger låne hjelpemidler fra NAV mens hen er i praksis hos oss?', undefined, 'acc-work-aids-job-seeker'],
    // A known miss until round 24 (went to onboarding-gradual-start); reached once the base grew
    ['Beste søker kan først begynne om to måneder og må starte i redusert stilling – hva sier loven?', undefined, 'acc-applicant-delayed-start'],
    // routed since round twenty-eight added «svaksynt … rekrutteringssystemet» phrasings to the entry
    ['Søkeren får ikke logget inn i rekrutteringsportalen på grunn av funksjonsnedsettelsen – hva gjør vi?', undefined, 'hiring-uu-application-alternative'],
  ],
  DAY,
);

describe('round twenty-one accommodation known gaps', () => {
  it.todo(
    'likestillings- og diskrimineringsloven § 22 itself (Lovdata) and the merknader in Prop. 81 L (2016–2017) were only seen in excerpt: the weighing factors for «uforholdsmessig byrde» in the base still rest on LDO and commentaries',
  );
  it.todo(
    'the ekspertbistand maximum: nav.no pages seen today give 23 100 kr (undated), Salutis 21 200 kr and People Matters «about 24 000 kr»; the 2026 value was not confirmed, so no parameter — the entries point to nav.no',
  );
  it.todo("Diskrimineringsnemnda sak 2022/631 was read through Juristen (the claimant side), not in the nemnd's own decision");
});

// Probes of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round twenty-one accommodation known misses are still missed',
  [
    [
      'Hvilke opplysninger spør NAV om i søknaden om ekspertbistand?',
      undefined,
      'nav-expert-assistance-expert-role',
      'goes to nav-expert-assistance (how to apply, not what the form asks)',
    ],
    ['Hvem reparerer hjelpemiddelet når det slutter å virke?', undefined, 'acc-work-aids-delivery-repair', 'no answer (score about 0.44, just under the line)'],
    ['Hvilke typer tiltak regnes som tilrettelegging etter arbeidsmiljøloven?', undefined, 'acc-measures-examples', 'goes to nav-work-trial-working-environment'],
    ['Når må oppfølgingsplanen være klar for en sykmeldt?', undefined, 'acc-follow-up-plan', 'refused by the sick-leave guard (offTopic «sickleave»)'],
    [
      'Kan bedriftshelsetjenesten vurdere arbeidsplassen til en ansatt som trenger tilpasninger?',
      undefined,
      'duty-occupational-health-service',
      'refused by the sick-leave guard (offTopic «sickleave»)',
    ],
  ],
  DAY,
);
