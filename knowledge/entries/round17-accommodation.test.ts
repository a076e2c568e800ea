/**
 * Round seventeen (r17-accommodation): individual accommodation as managers actually ask about it — who chooses the
 * measure and where the employer's right to direct stops (LDO 14/2198, 12/2142), the employee who will not say what
 * she needs, redeployment to a vacant post for a state asker, asking without a diagnosis, later start and rosters
 * (aml § 10-2), work aids that follow the employee, expert assistance (ekspertbistand), the conversation after the
 * offer, tillitsvalgt and verneombud, and a new entry on ADHD at work. The probe questions were written from public
 * Q&A and guidance pages (LDO, DFØ/Difi, nav.no, NHO, Idébanken, ADHD Norge, Compendia, Legeforeningen), read 2026-12-02.
 * Changed entries whose house style an earlier round pins to its own day (acc-employee-declines, duty-reduced-hours,
 * duty-verneombud-accommodation and the phrasing-only ones) keep that lastReviewed; the new facts cite sources read today.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['acc-adhd-at-work'] as const;

describeHouseStyle('round seventeen accommodation entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round seventeen accommodation entries say what their sources say',
  [
    // Statens personalhåndbok 2017 pkt. 2.3.3.4 (written under the former law): ADHD among the examples;
    // LDO (veiledningstjenesten, Prop. 81 L s. 313): reduced cognitive function is covered
    ['acc-adhd-at-work', /Statens personalhåndbok 2017 \(skrevet under den tidligere diskriminerings- og tilgjengelighetsloven\) nevner ADHD blant eksemplene/],
    ['acc-adhd-at-work', /omfatter nedsatt kognitiv funksjon/],
    // ADHD Norge (ADHD på arbeidsplassen): some need no accommodation, for others it is decisive
    ['acc-adhd-at-work', /noen ikke trenger tilrettelegging i det hele tatt/],
    // ADHD Norge (ADHD og arbeidsliv): structure, one sub-goal at a time
    ['acc-adhd-at-work', /ett delmål om gangen/],
    // ADHD Norge (ADHD på arbeidsplassen): NAV work psychologists in some places
    ['acc-adhd-at-work', /Noen steder har NAV egne arbeidspsykologer/],
    // Raugland: predictability, frames and flexible hours for reduced mental functioning
    ['acc-adhd-at-work', /Forutsigbarhet, rammer og fleksibel arbeidstid/],
    // LDO 14/2198: the right to direct is limited by the duty; the employee must try temporary measures
    ['duty-accommodation-employer-chooses', /styringsretten begrenses av tilretteleggingsplikten/],
    ['duty-accommodation-employer-chooses', /plikt til å prøve ut foreslåtte midlertidige tiltak/],
    // LDO 12/2142: no own office was a breach, flexible hours were not
    ['duty-accommodation-employer-chooses', /ikke å gi en ansatt med kronisk sykdom eget kontor/],
    // LDO 14/2198: the one who needs accommodation shares the responsibility for proposing solutions
    ['acc-employee-declines', /medansvar for å foreslå løsninger/],
    ['acc-employee-declines', /aldri konkretiserte behovet/],
    // aml § 10-2 første ledd; Overlegen (Legeforeningen): consider health when rosters are made
    ['duty-reduced-hours', /ikke utsettes for uheldige fysiske eller psykiske belastninger/],
    // Salutis HMS: the expert may not be employed by the employer, nor in an in-house occupational health service
    ['nav-expert-assistance', /heller ikke i en bedriftsintern bedriftshelsetjeneste/],
    // nav.no (Tilrettelegging på arbeidsplassen): involve verneombud and tillitsvalgte
    ['duty-verneombud-accommodation', /NAV anbefaler\*\* å involvere verneombud og tillitsvalgte/],
  ],
  DAY,
);

// This round's probe questions (written from the public pages before the entries were changed), with the asker's sector.
describeRoutedQuestions(
  'round seventeen manager questions reach the entry that holds the fact',
  [
    ['Vi har en søker i rullestol til intervju på skolen, må vi flytte intervjuet til et annet rom?', 'municipal', 'hiring-uu-interview-room-access'],
    ['Hvor mye av intervjuet skal handle om tilrettelegging?', 'state', 'hiring-raise-accommodation-interview'],
    ['Kandidaten sa på intervjuet at hun trenger tilrettelegging, kan vi la det telle mot henne?', 'state', 'hiring-withdraw-offer-accommodation'],
    ['Hvem bestemmer hvilken tilrettelegging den ansatte får, vi eller hen?', 'municipal', 'duty-accommodation-employer-chooses'],
    ['Den ansatte vil ha eget kontor, vi tilbyr støydempende hodetelefoner. Holder det?', 'state', 'duty-accommodation-employer-chooses'],
    ['Den ansatte vil ikke si hva hun trenger av tilrettelegging, hva gjør vi da?', 'municipal', 'acc-employee-declines'],
    ['Hva om den ansatte nekter å prøve ut tiltakene vi foreslår?', 'municipal', 'acc-employee-declines'],
    ['Må vi tilby en ledig stilling til en ansatt som trenger omplassering pga helse?', 'state', 'acc-aml-4-6-how-far'],
    ['Kan vi kreve å få vite diagnosen før vi kjøper inn utstyr?', 'state', 'acc-what-employer-may-ask'],
    ['Hvilke spørsmål kan jeg stille en ansatt som trenger tilrettelegging?', 'municipal', 'acc-what-employer-may-ask'],
    ['Kan en ansatt få begynne senere på morgenen pga sykdom?', 'state', 'duty-reduced-hours'],
    ['Må vi ta hensyn til helse når vi setter opp turnus og nattevakter?', 'municipal', 'duty-reduced-hours'],
    ['Kan den ansatte ta med seg hjelpemidlene fra NAV når hun bytter jobb?', 'municipal', 'nav-work-aids-apply'],
    ['Hvem søker om hjelpemidler til arbeidsplassen, den ansatte eller vi?', 'municipal', 'nav-work-aids-apply'],
    ['Vi står fast med en ansatt som ikke kommer tilbake i jobb, kan vi leie inn en ekspert med støtte fra NAV?', 'municipal', 'nav-expert-assistance'],
    ['Må NAV godkjenne ekspertbistanden før vi setter i gang?', 'municipal', 'nav-expert-assistance'],
    ['Hvem kan hjelpe oss med å finne gode løsninger for tilrettelegging?', 'municipal', 'acc-where-to-get-advice'],
    ['Når bør vi snakke om tilrettelegging med en som har fått jobben?', 'state', 'onboarding-accommodation-conversation'],
    ['Skal verneombud og tillitsvalgt være med når vi tilrettelegger?', 'state', 'duty-verneombud-accommodation'],
    ['Må vi dokumentere at tilrettelegging er umulig hvis vi sier nei?', 'state', 'duty-accommodation-disproportionate-burden'],
    ['Korleis skal vi leggje til rette for ein tilsett med nedsett funksjonsevne?', 'state', 'duty-individual-accommodation'],
    ['Do we have to adapt the workplace for an employee with a disability?', 'state', 'duty-individual-accommodation'],
    ['tilrettelegging for ansatt med adhd i barnehagen, hva kan vi gjøre', 'municipal', 'acc-adhd-at-work'],
    ['ansatt med autisme trenger forutsigbarhet, hvordan tilrettelegge', 'state', 'acc-adhd-at-work'],
    ['Kan vi endre arbeidsoppgavene til en ansatt som trenger tilrettelegging uten hens samtykke?', 'municipal', 'duty-accommodation-employer-chooses'],
    ['Kan vi flytte oppgaver over til kolleger for å tilrettelegge?', 'state', 'duty-accommodation-two-laws'],
    ['Søkeren vil bare ha 80 prosent stilling pga helsa, må vi vurdere det?', 'municipal', 'duty-applicant-part-time-disability'],
    ['Når er tilrettelegging for dyrt for kommunen?', 'municipal', 'duty-accommodation-disproportionate-burden'],
    ['Må vi opprette en ny stilling til en ansatt som ikke klarer jobben sin lenger?', 'municipal', 'mun-redeployment-reduced-capacity'],
    ['Hva er forskjellen på tilrettelegging etter arbeidsmiljøloven og likestillingsloven?', 'municipal', 'duty-accommodation-two-laws'],
    ['Finnes tilretteleggingstilskuddet fortsatt?', 'state', 'nav-accommodation-grant'],
    ['Hva er ekspertbistand og hvor mye kan vi få?', 'state', 'nav-expert-assistance'],
    ['Kan NAV arbeidslivssenter hjelpe oss å tilrettelegge for en medarbeider?', 'state', 'nav-arbeidslivssenter'],
    ['Kan en ansatt med funksjonsnedsettelse få dekket kurs og videreutdanning tilrettelagt?', 'municipal', 'duty-accommodation-training-advancement'],
    ['Hvem betaler rampe og automatisk døråpner når vi ansetter en rullestolbruker?', 'state', 'nav-workplace-building-adaptation'],
    ['kan søkeren ta med seg ledsager på intervjuet hos oss i sykehjemmet?', 'municipal', 'duty-accommodation-applicants'],
    ['Kan en nyansatt få hjemmekontor noen dager i uka som tilrettelegging fra første dag?', 'state', 'duty-accommodation-home-office'],
    ['Får vi låne hjelpemidler av NAV til en ansatt som skal begynne hos oss?', 'municipal', 'nav-work-aids-apply'],
    ['ansatt klarer ikke lenger fysisk tunge oppgaver, må vi gi henne lettere oppgaver?', 'state', 'acc-aml-4-6-how-far'],
    ['Må vi tilrettelegge for en ansatt med astma, f.eks. parfymefritt kontor?', 'municipal', 'duty-accommodation-not-requested'],
    ['Kan ein søkjar med nedsett syn krevje tilrettelegging av testane?', 'municipal', 'hiring-uu-tests-and-cases'],

    // Known misses of the round (it.todo notes), now answered.
    ['Kan bedriftshelsetjenesten vår være ekspert i ekspertbistand?', undefined, 'nav-expert-assistance'],
    ['Har vi lov å nekte hjemmekontor til en ansatt med funksjonsnedsettelse?', undefined, 'duty-accommodation-home-office'],
    ['hva gjør vi når en ansatt med funksjonsnedsettelse ikke vil ha hjelp', undefined, 'acc-employee-declines'],
  ],
  DAY,
);

describe('round seventeen accommodation known misses', () => {
  it.todo('autism at work has no Norwegian source read beyond Raugland and SPH; acc-adhd-at-work only says predictability may suit and to ask the employee');
  it.todo(
    '«Hva gjør vi hvis NAV avslår søknaden om hjelpemiddel, må vi betale selv da?» → nav-work-aids-apply, tentative (0.54); the entry says nothing about a refusal or an appeal — no source read',
  );
  it.todo(
    '«Kan en ansatt som sitter i rullestol få funksjonsassistent på jobb?» → nav-function-assistance-lasting-need (its phrasing names «rullestol»), whose answer opens «Nei» about short-term needs; left alone',
  );
  it.todo('«Hvor lenge varer plikten til å tilrettelegge, kan vi avslutte tilretteleggingen etter en stund?» — no source read on ending an accommodation; no answer (0.39)');
  it.todo("«Blir det forskjellsbehandling av de andre ansatte når en får tilrettelegging?» → duty-accommodation-two-laws; no source read on colleagues' equal treatment");
  it.todo(
    'ekspertbistand: the usual period (up to three months, Salutis HMS) and the current cap (Idébanken 24 900 kr) were not added — no parameter and the sources disagree by year',
  );
});
