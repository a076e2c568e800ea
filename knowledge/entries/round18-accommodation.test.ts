/**
 * Round eighteen (r18-accommodation): individual accommodation, the target group «nedsatt funksjonsevne» and what an
 * employer may ask in an interview, driven by 77 probe questions written the way managers ask in Teams (a third each
 * state, municipal and unknown asker). The probes came from public pages read 2026-12-02: LDO complaint cases (10/175,
 * 10/1862, 14/586, 15/1361, 11/837 and the 2010 case on a teacher passed over), Difi's page on accommodation in the
 * state trainee programme, nav.no (hjelpemidler for samtale, NAV Hjelpemiddelsentral Nordland on hearing), Norsk
 * Epilepsiforbund, Compendia (gravid på jobbintervju), Idébanken and Memu on NAV's speed interviews, Statens
 * personalhåndbok 2017 and Lovdata. New entries: pay assessment for an employee with accommodation, how long the
 * duty lasts and that it cannot be handed to NAV or the occupational health service, an employee needing
 * accommodation who applies for an internal post, and speed interviews with NAV candidates. Existing entries got
 * facts (epilepsy diagnosis alone decides nothing; who pays hearing equipment; § 30 covers men and acquaintances)
 * and phrasings in other words. Changed entries keep their lastReviewed; the new facts cite sources read today.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['acc-pay-assessment-accommodated', 'acc-duty-lasts-not-outsourced', 'acc-internal-vacancy-accommodation', 'hiring-speed-interviews'] as const;

describeHouseStyle('round eighteen accommodation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eighteen accommodation entries say what their sources say',
  [
    // LDO 15/1361: demanding tasks the employee is shielded from to reach a pay rise may be discrimination
    ['acc-pay-assessment-accommodated', /kreve at den ansatte gjør oppgaver hen er skjermet fra/],
    ['acc-pay-assessment-accommodated', /mulig å få lønnsøkning innenfor den stillingsbrøken og de arbeidsoppgavene/],
    // LDO 15/1361: long sick leave is an objective reason unless the rise is an automatic adjustment
    ['acc-pay-assessment-accommodated', /automatisk justering som gis uavhengig av innsats/],
    // LDO 11/837: the apprentice's pay followed what she actually did
    ['acc-pay-assessment-accommodated', /lønnen fulgte det hun faktisk utførte/],
    // LDO 10/175: leaving the whole follow-up to NAV breached the duty; the duty lasts as long as the employment
    ['acc-duty-lasts-not-outsourced', /overlot hele oppfølgingen av en hørselshemmet ansatt til NAV/],
    ['acc-duty-lasts-not-outsourced', /Plikten består\*\* så lenge arbeidsforholdet består/],
    ['acc-duty-lasts-not-outsourced', /bruke NAV som veiledende instans, men ikke legge alt ansvaret der/],
    // LDO 10/1862: the employer had not left the follow-up to the occupational health service; other tasks; chosen in consultation
    ['acc-duty-lasts-not-outsourced', /ikke overlatt oppfølgingen til bedriftshelsetjenesten/],
    ['acc-duty-lasts-not-outsourced', /andre arbeidsoppgaver i samme virksomhet/],
    // Difi (traineeprogrammet): needs may change over time
    ['acc-duty-lasts-not-outsourced', /Behovene kan endre seg over tid/],
    // LDO 14/586: the teacher who did not get the internal fagleder function; no breach
    ['acc-internal-vacancy-accommodation', /kommunen hadde oppfylt tilretteleggingsplikten og ikke diskriminert i ansettelsen/],
    // LDO 2010 (forbigåelse): the municipality had not assessed accommodation for the post she applied for
    ['acc-internal-vacancy-accommodation', /uten å vurdere tilrettelegging for stillingen hun hadde søkt/],
    // Idébanken (Ta sjansen): short interviews, speed-dates, at local NAV offices, job or work practice the goal
    ['hiring-speed-interviews', /møtes til korte jobbintervjuer – såkalte speed-dater – med jobb eller arbeidspraksis som mål/],
    ['hiring-speed-interviews', /holdt på lokale NAV-kontor/],
    // Memu: candidates often have large CV gaps but strong motivation
    ['hiring-speed-interviews', /store hull i CV-en, men stor motivasjon/],
    // Norsk Epilepsiforbund: a diagnosis seldom gives automatic rights; the individual consequences decide
    ['acc-disability-definition-ldl', /epilepsidiagnose sjelden gir automatiske rettigheter/],
    // NAV Hjelpemiddelsentral Nordland: who pays hearing equipment is decided case by case
    ['duty-accommodation-hearing', /vurderer fra sak til sak hvem som dekker hørselsteknisk utstyr/],
    // nav.no (Hjelpemidler for samtale): personal aids; ordinary shop products are not covered
    ['duty-accommodation-hearing', /vanlige produkter fra butikk dekkes ikke av NAV/],
    // Compendia (Gravid på jobbintervju): gender-neutral, planned parental leave, no exceptions, not through acquaintances
    ['hiring-interview-forbidden-questions', /gjelder også menn og planlagt foreldrepermisjon/],
    ['hiring-interview-forbidden-questions', /gjennom felles bekjente/],
  ],
  DAY,
);

// This round's probe questions (written from the public pages before the entries were changed), with the asker's sector.
describeRoutedQuestions(
  'round eighteen manager questions reach the entry that holds the fact',
  [
    ['Gjelder tilretteleggingsplikten også for en vikar i et kort vikariat?', 'state', 'duty-individual-accommodation'],
    ['Ansatt med tilrettelegging får ikke lønnstillegg, er det diskriminering?', 'state', 'acc-pay-assessment-accommodated'],
    // A known miss until scope.ts read «tilrettelagte» as accommodation (it had been refused as a pay question).
    ['Kan en ansatt med tilrettelagte oppgaver holdes utenfor lønnsforhandlingene?', undefined, 'acc-pay-assessment-accommodated'],
    ['Har en sykmeldt ansatt rett på en intern stilling vi lyser ut fordi den passer bedre for henne?', 'state', 'acc-internal-vacancy-accommodation'],
    ['Lærer som trenger tilrettelegging søkte intern stilling, må hun få den?', 'municipal', 'acc-internal-vacancy-accommodation'],
    ['Vi har tilrettelagt i to år, kan vi avslutte nå?', 'state', 'acc-duty-lasts-not-outsourced'],
    ['Kan vi bruke speedintervju når vi rekrutterer fra målgruppen?', 'state', 'hiring-speed-interviews'],
    ['Vi vil ha hurtigintervjuer på en rekrutteringsdag med NAV, hva må vi passe på?', 'municipal', 'hiring-speed-interviews'],
    ['Må vi kjøpe teleslynge til møterommet selv eller får vi det fra NAV?', 'state', 'duty-accommodation-hearing'],
    ['Ansatt hører dårlig i møter, kan NAV gi samtaleforsterker?', 'municipal', 'duty-accommodation-hearing'],
    ['Hvem betaler høreapparat til en ansatt?', undefined, 'duty-accommodation-hearing'],
    ['Er migrene en funksjonsnedsettelse som gir rett til tilrettelegging?', 'municipal', 'acc-disability-definition-ldl'],
    ['Søkeren har epilepsi som er godt medisinert, er det en funksjonsnedsettelse?', undefined, 'acc-disability-definition-ldl'],
    ['Er angst og depresjon nedsatt funksjonsevne i inkluderingsdugnaden?', 'state', 'tg-disability-definition'],
    ['Må søkeren bevise at hun har funksjonsnedsettelse for å få stillingen vi har satt av?', 'municipal', 'mun-target-group-self-declaration'],
    ['Den ansatte har fått MS og blir fort sliten, kan vi gi henne kortere dager?', 'state', 'duty-reduced-hours'],
    ['Kollega brakk foten, må vi tilrettelegge i noen uker?', undefined, 'acc-temporary-health-problem'],
    ['Må vi tilrettelegge for en ansatt som blir synshemmet?', 'municipal', 'duty-individual-accommodation'],
    ['Holder det at vi overlater tilretteleggingen til bedriftshelsetjenesten?', 'municipal', 'duty-occupational-health-service'],
    ['Må vi vurdere andre oppgaver i virksomheten når en ansatt ikke lenger klarer sin egen jobb?', 'state', 'duty-accommodation-reduced-work-capacity'],
    ['Lov å spørre søker om graviditet?', 'state', 'hiring-interview-forbidden-questions'],
    ['Kan ein spørje søkjaren om ho er gravid?', 'municipal', 'hiring-interview-forbidden-questions'],
    ['Kan vi spørre om søkeren er medlem i en fagforening?', undefined, 'hiring-interview-political-views'],
    ['Hvem bestemmer hvilket tiltak som velges når den ansatte vil ha noe annet enn vi tilbyr?', 'municipal', 'duty-accommodation-employer-chooses'],
    ['Ein tilsett takkar nei til tilrettelegginga vi tilbyr, kva no?', undefined, 'acc-employee-declines'],
    ['Kan vi be søkeren dokumentere funksjonsnedsettelsen med legeerklæring?', 'state', 'tg-disability-definition'],
    // A known miss until a state entry far from every phrasing (tg-cv-gap-short-jobs-in-gap) stopped being preferred
    // to the general entry phrased almost so.
    ['Må søkeren si fra om at hun har en sykdom?', 'state', 'hiring-candidate-need-not-disclose'],
  ],
  DAY,
);

describe('round eighteen accommodation known misses', () => {
  // «Søker trenger tilrettelegging på intervjuet, hvem betaler?» is routed in round nineteen (the applicants entry names who pays).
  it.todo('«Kan vi si opp en ansatt som ikke kan tilrettelegges for?» → duty-accommodation-not-requested; no source on dismissal after accommodation was read this round');
  it.todo('«Kan vi spørre de ansatte i en undersøkelse om de har funksjonsnedsettelse?» — no source read on staff surveys; no answer (0.41)');
  it.todo('«Hvordan unngår vi ubevisste fordommer i intervjuet?» — no source read on unconscious bias; no answer');
  it.todo('«Gjelder plikten til individuell tilrettelegging også lærlinger og praksisplass?» — tentative; no source read on trainees in work practice');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round eighteen known misses are still missed',
  [['Har en tilkallingsvikar i deltid krav på tilrettelegging hos oss i kommunen?', 'municipal', 'duty-individual-accommodation', 'goes to mun-extra-shifts-permanent']],
  DAY,
);
