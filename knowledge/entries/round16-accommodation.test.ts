/**
 * Round sixteen (r16-accommodation): individual accommodation and NAV's practical help, the facts the earlier rounds
 * left out — temporary health problems (a broken arm) against lasting disability, the follow-up plan and the dialogue
 * meetings (arbeidsmiljøloven § 4-6 tredje og fjerde ledd, folketrygdloven § 8-7 a), what the employer may ask, delivery
 * and repair of NAV's work aids, aids for job seekers on a measure, the right to flexible working hours (§ 10-2 tredje
 * ledd), applicants against employees, and dyslexia at work (Statped). Sources: nav.no, regjeringen.no (Prop. 102 L (2013–2014), hjelpemidler),
 * Helsedirektoratet, Statens personalhåndbok, Arbeidstilsynet, DFØ (Difi), LDO, NHO, Compendia, Norsk Lektorlag and
 * Virke, read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'acc-temporary-health-problem',
  'acc-follow-up-plan',
  'acc-dialogue-meetings',
  'acc-what-employer-may-ask',
  'acc-work-aids-delivery-repair',
  'acc-work-aids-job-seeker',
  'acc-dyslexia-at-work',
] as const;

describeHouseStyle('round sixteen accommodation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round sixteen accommodation entries say what their sources say',
  [
    // Norsk Lektorlag: § 4-6 aims at temporary needs, ldl § 22 at more lasting disability; SPH 2.3.3.4: transient conditions fall outside
    ['acc-temporary-health-problem', /§ 4-6 retter seg særlig mot midlertidige behov/],
    ['acc-temporary-health-problem', /Forbigående eller bagatellmessige forhold regnes ikke som funksjonsnedsettelse/],
    // nav.no (Hjelpemidler og tilrettelegging i arbeid): lasting means more than two years
    ['acc-temporary-health-problem', /varer lenger enn 2 år/],
    // regjeringen.no: the municipality lends aids for temporary needs; Helsedirektoratet: the workplace is the employer's
    ['acc-temporary-health-problem', /Ved kortere behov har \*\*kommunen\*\* ansvaret for utlån/],
    ['acc-temporary-health-problem', /tilpasningen av selve arbeidsplassen er \*\*arbeidsgiverens\*\* ansvar/],
    // aml § 4-6 tredje ledd; Prop. 102 L (2013–2014) 3.2.1: deadline and content of the follow-up plan
    ['acc-follow-up-plan', /senest når hen har vært borte 4 uker/],
    ['acc-follow-up-plan', /en vurdering av arbeidsoppgavene og arbeidsevnen, aktuelle tiltak i arbeidsgiverens regi/],
    ['acc-follow-up-plan', /\*\*åpenbart unødvendig\*\*/],
    // nav.no (Avtalepunkter og frister): the plan goes unasked to the one who wrote the sick note
    ['acc-follow-up-plan', /sendes uoppfordret til den som har sykmeldt/],
    // Compendia (Oppfølging fra NAV): updated plan to NAV at the latest one week before dialogue meeting 2
    ['acc-follow-up-plan', /oppdatert plan til NAV senest 1 uke før møtet/],
    // nav.no (Avtalepunkter og frister): activity requirement at eight weeks; exemption when accommodation is impossible
    ['acc-follow-up-plan', /innen 8 uker må en sykmeldt prøve seg i arbeidsrelatert aktivitet/],
    ['acc-follow-up-plan', /\*\*dokumentere at det ikke er mulig å tilrettelegge\*\*/],
    // NHO: folketrygdloven § 25-3 fee
    ['acc-follow-up-plan', /folketrygdloven § 25-3/],
    // aml § 4-6 fjerde ledd; nav.no: dialogue meeting 1 within seven weeks, NAV's dialogue meeting 2 within 26 weeks
    ['acc-dialogue-meetings', /senest innen 7 uker når den ansatte er helt borte/],
    ['acc-dialogue-meetings', /\*\*dialogmøte 2\*\* innkaller NAV, senest innen 26 uker/],
    // nav.no (Dialogmøte 1, sjekkliste): the sick-note writer if the employee wants it, or the employer wants it and the
    // employee agrees; tillitsvalgt/verneombud if the employee wants; BHT and NAV may be invited
    ['acc-dialogue-meetings', /skal innkalles hvis den ansatte ønsker det, eller hvis dere ønsker det og den ansatte samtykker/],
    ['acc-dialogue-meetings', /Tillitsvalgt eller verneombud er med hvis den ansatte ønsker det/],
    // nav.no (Dialogmøte 2 og 3); Compendia: duty to attend, notice three weeks ahead, meeting 3 on request
    ['acc-dialogue-meetings', /begge har \*\*møteplikt\*\*/],
    ['acc-dialogue-meetings', /NAV sender innkallingen 3 uker før møtet/],
    ['acc-dialogue-meetings', /\*\*Dialogmøte 3:\*\* partene kan be NAV innkalle/],
    // NHO: no right to the diagnosis; Compendia: no duty to give medical information; ftrl § 8-8
    ['acc-what-employer-may-ask', /dere har \*\*ikke krav på diagnosen\*\*/],
    ['acc-what-employer-may-ask', /folketrygdloven § 8-8/],
    ['acc-what-employer-may-ask', /plikter ikke å gi medisinske eller andre sensitive opplysninger/],
    // nav.no (for samarbeidspartnere): sent within three weeks of the decision, up to five when ordered or adapted
    ['acc-work-aids-delivery-repair', /senest innen 3 uker etter at søknaden er innvilget/],
    ['acc-work-aids-delivery-repair', /kan det ta opp til 5 uker/],
    ['acc-work-aids-delivery-repair', /brukt produkt på lager/],
    // nav.no (Reparasjon og vedlikehold): the centre is mainly responsible; the user does daily upkeep; municipality first
    ['acc-work-aids-delivery-repair', /hjelpemiddelsentralen har hovedansvaret for at utlånte hjelpemidler fungerer/],
    ['acc-work-aids-delivery-repair', /Kommunen kan gjøre enklere reparasjoner/],
    // nav.no (Hjelpemidler og tilrettelegging i arbeid): job seekers and AAP recipients too
    ['acc-work-aids-job-seeker', /\*\*arbeidssøkere\*\* og den som får \*\*arbeidsavklaringspenger\*\*/],
    // nav.no (Inkluderingstilskudd): aids not covered by ftrl § 10-5; forskrift om ikke-arbeidstakere § 5
    ['acc-work-aids-job-seeker', /arbeidshjelpemidler som ikke dekkes etter folketrygdloven § 10-5/],
    ['acc-work-aids-job-seeker', /arbeidsmiljøloven kapittel 4 om tilrettelegging/],
    // Compendia (Sykmeldt arbeidstakers plikter): duty to accept other suitable work and some training
    ['acc-employee-declines', /forpliktet til å ta imot \*\*annet passende arbeid\*\*/],
    ['acc-employee-declines', /\*\*opplæring eller omskolering\*\*/],
    // nav.no (Tolketjenesten – for arrangører): interpreting at events only when agreed with the centre beforehand
    ['nav-interpreter-deaf', /Tolkeutgifter som ikke er avtalt før arrangementet, dekkes ikke/],
    // Kunnskapsbanken (Søknad og bestilling): video interpreting is applied for separately; equipment needs work or education
    ['nav-interpreter-deaf', /\*\*Bildetolk \(skjermtolk\):\*\* må søkes om særskilt/],
    // Statped (Dysleksi og tilrettelegging i voksen alder): the duty and the usual measures
    ['acc-dyslexia-at-work', /stavekontroll og talesyntese/],
    ['acc-dyslexia-at-work', /\*\*skannerpenn eller skannermus\*\*/],
    // nav.no (Lese- og sekretærhjelp): only for reduced sight
    ['acc-dyslexia-at-work', /gjelder bare redusert syn, ikke andre lese- og skrivevansker/],
    // Arbeidstilsynet (Fleksibel arbeidstid): aml § 10-2 tredje ledd
    ['duty-reduced-hours', /rett til fleksibel arbeidstid hvis det kan gjennomføres uten vesentlig ulempe/],
    // DFØ (Difi): applicants have a right to accommodation of the hiring process; LDO: consider redistributing tasks
    ['duty-accommodation-two-laws', /av \*\*ansettelsesprosessen\*\*, og av arbeidsplass og oppgaver/],
    ['duty-accommodation-two-laws', /også om oppgavene kan fordeles annerledes/],
  ],
  DAY,
);

// This round's probe questions, written before the entries were changed and in other words than their phrasings.
describeRoutedQuestions(
  'round sixteen manager questions reach the entry that holds the fact',
  [
    ['Hvordan kan vi tilrettelegge for en ansatt som kommer tilbake etter kreftbehandling?', undefined, 'duty-accommodation-reduced-work-capacity'],
    ['Må vi tilrettelegge for en som har brukket armen?', 'state', 'acc-temporary-health-problem'],
    ['Kan NAV låne ut hjelpemidler til en ansatt som har brukket beinet?', 'municipal', 'acc-temporary-health-problem'],
    ['Kan vi be om legeerklæring før vi tilrettelegger for en ansatt?', 'state', 'acc-what-employer-may-ask'],
    ['Hvor lang tid tar det å få et hjelpemiddel fra NAV til arbeidsplassen?', 'state', 'acc-work-aids-delivery-repair'],
    ['Kan en som er på arbeidstrening hos oss få hjelpemidler fra NAV?', 'municipal', 'acc-work-aids-job-seeker'],
    ['Hvordan bestiller vi tegnspråktolk til personalmøtet?', 'state', 'nav-interpreter-deaf'],
    ['Når kaller NAV inn til dialogmøte 2?', 'state', 'acc-dialogue-meetings'],
    ['Må vi innkalle verneombud eller tillitsvalgt til dialogmøtet?', 'state', 'acc-dialogue-meetings'],
    ['Hvem skal delta i dialogmøte 1?', 'state', 'acc-dialogue-meetings'],
    ['Hva skal stå i en oppfølgingsplan?', 'state', 'acc-follow-up-plan'],
    ['Har en søker samme rett til tilrettelegging som en som allerede er ansatt?', 'state', 'duty-accommodation-two-laws'],
    ['Kan en ansatt klage til Arbeidstilsynet hvis vi ikke tilrettelegger?', 'state', 'duty-accommodation-two-laws'],
    ['Hvem har rett til tilrettelegging etter diskrimineringsloven paragraf 22?', 'state', 'duty-individual-accommodation'],
    ['Har en liten kommune mindre plikt til å tilrettelegge enn en stor?', 'municipal', 'acc-aml-4-6-how-far'],
    ['Kan vi velge en billigere løsning enn den den ansatte ønsker seg?', 'municipal', 'duty-accommodation-employer-chooses'],
    ['Har en ansatt med kronisk sykdom rett til fleksibel arbeidstid?', 'municipal', 'duty-reduced-hours'],
    ['Må vi dokumentere hvorfor vi sa nei til en tilretteleggingsønske?', 'state', 'duty-accommodation-disproportionate-burden'],
    ['Må den ansatte ta imot en annen stilling vi tilbyr når hen ikke klarer den gamle?', 'state', 'acc-employee-declines'],
    ['Kan den ansatte nekte å gå på opplæring for å kunne gjøre nye oppgaver?', 'state', 'acc-employee-declines'],
    ['Hvem betaler tolk når vi arrangerer et kurs der en døv deltar?', 'state', 'nav-interpreter-deaf'],
    ['Kan en døv ansatt bruke bildetolk på jobben?', 'state', 'nav-interpreter-deaf'],
    ['Kan vi få unntak fra aktivitetskravet hvis vi ikke har mulighet til å tilrettelegge?', 'state', 'acc-follow-up-plan'],
    ['Kan en ansatt med ME jobbe noen timer hjemmefra som tilrettelegging?', 'municipal', 'duty-accommodation-home-office'],
    ['Må vi tilrettelegge for en ansatt med dysleksi?', 'state', 'acc-dyslexia-at-work'],
    ['Må en kommune omplassere en syk ansatt til en annen etat i kommunen?', 'municipal', 'mun-redeployment-reduced-capacity'],
    ['Må vi finne annet arbeid i kommunen til en ansatt som ikke klarer jobben sin lenger pga skade?', 'municipal', 'mun-redeployment-reduced-capacity'],
    ['Hvem reparerer hjelpemidlet fra NAV hvis det går i stykker på jobb?', 'state', 'acc-work-aids-delivery-repair'],

    // Known misses of the round (it.todo notes), now answered.
    ['Kan vi få dekket ekspertbistand fra NAV for en ansatt med mye sykefravær?', undefined, 'nav-expert-assistance'],
    ['Eier vi hjelpemidlene vi får låne fra NAV?', undefined, 'nav-work-aids-apply'],
    ['Kan en som sliter med å lese og skrive få hjelpemidler på jobben?', undefined, 'acc-dyslexia-at-work'],
  ],
  DAY,
);

describe('round sixteen accommodation known misses', () => {
  it.todo(
    '«Må kommunen ha bedriftshelsetjeneste?» is refused as off-topic by scope.ts (score 0, «bedriftshelsetjeneste» without a hiring or accommodation word); no entry named for it; scope.ts was left alone',
  );
  it.todo('state: whether the duty to offer other suitable work reaches other state agencies (statsansatteloven) — no source read; not written');
  it.todo(
    '«Må vi tilrettelegge for en lærling med funksjonsnedsettelse?» (0.44), «… ansatt med rusproblemer?» (0.40), «… ombygging av kontorbygget vi leier?» (0.35): no source read for apprentices, substance abuse or leased premises',
  );
  it.todo('training in the use of a NAV work aid at the workplace — no source read for work (only municipal daily-life pages)');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round sixteen accommodation known misses are still missed',
  [
    ['Når må oppfølgingsplanen være klar for en sykmeldt?', undefined, 'acc-follow-up-plan', 'refused as off-topic sick leave by scope.ts (score 0)'],
    ['Når skal vi ha dialogmøte med en sykmeldt ansatt?', undefined, 'acc-dialogue-meetings', 'refused as off-topic sick leave by scope.ts (score 0)'],
    ['Kan vi spørre en sykmeldt hva hen kan gjøre på jobben?', undefined, 'acc-what-employer-may-ask', 'refused as off-topic sick leave by scope.ts (score 0)'],
    ['Kan vi få noen til å vurdere arbeidsplassen ergonomisk for en ansatt med vondt i nakken?', undefined, 'duty-occupational-health-service', 'score 0.39–0.47'],
    ['Hvem har bevisbyrden hvis en søker mener vi ikke tilrettela godt nok?', undefined, 'duty-accommodation-breach-discrimination', '(past tense «tilrettela») (0.39)'],
    ['Er det arbeidsgiver eller NAV som har ansvaret for å tilrettelegge når en ansatt blir syk?', undefined, 'duty-accommodation-reduced-work-capacity', 'tentative (0.50)'],
  ],
  DAY,
);
