/**
 * Round seventeen (r17-state-hiring): state hiring rules asked the way managers ask them — the duty to advertise
 * (statsansatteloven § 4) and its exceptions, internal advertisement, deadlines, re-advertising, reporting to NAV, the
 * qualification principle (§ 3), interviews and references, the recommendation and the appointments board, § 7 and
 * complaints to Sivilombudet. Questions collected from DFØ's FAQ on the duty to advertise, Statens personalhåndbok
 * (Lovdata), Sivilombudet's statements and «Ansettelser fra A til Å», Juristforbundet, Tekna, Creo, regjeringen.no,
 * Engelsrud (Styring og vern) and municipal HR pages, read 2026-12-02. Most misses were wording: phrasings were added to
 * the entries that already held the fact; two entries are new.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['state-hiring-without-interview', 'hiring-internal-ad-permanent-only'] as const;

describeHouseStyle('round seventeen state hiring entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round seventeen state hiring entries say what their sources say',
  [
    // Statens personalhåndbok 2017 pkt. 2.4.3: the applicants who seem best qualified shall be invited
    ['state-hiring-without-interview', /synes \*\*best kvalifisert\*\*, skal kalles inn til intervju/],
    ['state-hiring-without-interview', /statsansatteforskriften §§ 4 og 4a/],
    // Sivilombudet: Ansettelse av fengselsførstebetjent (not invited because interviewed twice the year before)
    ['state-hiring-without-interview', /intervjuet to ganger året før, og vurderingene den gang spriket/],
    ['state-interview-who-invited', /intervjuet til samme slags stilling året før/],
    // Sivilombudet: Tilsetting – manglende skriftlighet og innhenting av referanser
    ['state-hiring-without-interview', /verken skrev referat fra intervjuet eller innhentet referanser/],
    ['hiring-overqualified', /\*\*konkrete holdepunkter\*\* for at hen kommer til å forlate stillingen om kort tid/],
    // Engelsrud, Styring og vern 3.2 (Somb. 1999 s. 170): an internal notice may be limited to permanent staff if it says so
    ['hiring-internal-ad-permanent-only', /\*\*stå klart i utlysningen\*\*/],
    ['hiring-internal-ad-permanent-only', /Somb\. 1999 s\. 170/],
    // Statens personalhåndbok 2017 pkt. 2.14.2.1: internal only with an exception in the personalreglement; leaders public
    ['hiring-internal-ad-permanent-only', /lederstillinger skal normalt lyses ut offentlig/],
    // Sivilombudet (aktuelt): equal treatment also in the assessment of personal suitability
    ['state-internal-candidate-still-advertise', /krav på lik behandling også når personlig egnethet vurderes/],
    // Reglement for personalforvaltningen i departementene § 1 (2): konstitusjoner up to six months, statsansatteloven § 7
    ['state-administrative-appointment', /§ 7 gjelder også \*\*konstitusjon\*\*/],
    // forvaltningslovforskriften kap. 5 (existing entry): no access to the assessments, e.g. in the recommendation
    ['applicant-extended-list', /som vurderingene i innstillingen/],
  ],
  DAY,
);

// This round's probe questions, written from the public sources before the entries were changed.
describeRoutedQuestions(
  'round seventeen manager questions reach the entry that holds the fact',
  [
    ['Må vi ha to intervjurunder før vi innstiller?', 'state', 'state-target-group-later-interview-rounds'],
    ['må vi lyse ut en 60% stilling som saksbehandler hos oss i etaten, eller kan vi bare ansette en vi kjenner?', 'state', 'state-small-part-time-post-advertise'],
    ['Stillingen er delvis finansiert av NAV, må den fortsatt lyses ut eksternt?', 'state', 'state-vta-o'],
    ['Vi har brukt hodejeger som har funnet en kandidat – må vi likevel utlyse stillingen?', 'state', 'state-headhunted-candidate'],
    ['kan vi ansette en tidligere ansatt som slutta i fjor direkte uten annonse?', 'state', 'state-rehire-former-employee'],
    ['Må vi lyse ut stillingen når en ansatt bare skal bytte seksjon hos oss?', 'state', 'state-move-employee-internally'],
    ['Vi skal ansette to midlertidige og kanskje en fast i samme seksjon – kan vi lyse ut alle samtidig?', 'state', 'state-reuse-applicant-list'],
    ['Kan vi gi jobben til nummer to på innstillingen når vi trenger en til med samme oppgaver?', 'state', 'state-reuse-applicant-list'],
    ['Må annonsen ha med at vi oppfordrer folk med hull i CV-en til å søke?', 'state', 'state-ad-encourage-groups'],
    ['Vi fikk bare to søkere, bør vi lyse ut på nytt?', 'state', 'state-no-qualified-applicants'],
    ['Det har gått et halvt år siden utlysningen, kan vi fortsatt ansette noen fra den?', 'state', 'state-vacancy-changed-readvertise'],
    ['Må vi legge ut stillingen på nav.no når vi allerede har den på finn og jobbnorge?', 'state', 'vacancy-report-to-nav'],
    ['Hva betyr egentlig kvalifikasjonsprinsippet for oss i etaten?', 'state', 'state-qualification-principle'],
    ['Kan vi velge bort en søker fordi vi tror han ikke blir lenge i jobben?', 'state', 'hiring-overqualified'],
    ['Kan vi ansette en intern søker fremfor en ekstern som er bedre kvalifisert?', 'state', 'state-internal-candidate-still-advertise'],
    ['Kan realkompetanse veie opp for manglende utdanning når annonsen krever bachelor?', undefined, 'hiring-equivalent-experience'],
    ['Må vi vurdere alle søkerne eller kan vi sile ut på CV-en?', 'state', 'hiring-assess-all-applicants'],
    ['Må vi kalle inn til intervju en søker som vi intervjuet til en lignende stilling i fjor?', 'state', 'state-hiring-without-interview'],
    ['Kan vi ansette noen i staten uten å ha intervju i det hele tatt?', 'state', 'state-hiring-without-interview'],
    ['Er tilsettingsrådet bundet av rangeringen vår?', 'state', 'state-recommendation-how-many'],
    ['Kan rådet ansette nr 3 på innstillingen istedenfor nr 1?', 'state', 'state-recommendation-how-many'],
    ['Trenger vi innstilling og ansettelsesråd når vi ansetter for 3 mnd?', 'state', 'state-administrative-appointment'],
    ['Kan vi konstituere en av våre egne som leder mens stillingen lyses ut?', 'state', 'state-administrative-appointment'],
    ['Hva skjer hvis Sivilombudet mener vi forbigikk en søker – må vi gi henne jobben?', 'state', 'hiring-sivilombudet-appointment-complaint'],
    ['Har søkerne rett til å se innstillingen?', 'state', 'applicant-extended-list'],
    ['Hva er de vanligste feilene Sivilombudet finner i ansettelsessaker?', 'state', 'hiring-ombudsman-common-errors'],
    ['Må vi informere søkerne om hvem som fikk jobben?', 'state', 'state-notify-applicants-outcome'],
    ['Kan vi trekke et jobbtilbud etter at ansettelsesrådet har vedtatt ansettelsen?', 'state', 'hiring-withdraw-job-offer'],
    ['Hva må vi dokumentere i ansettelsessaken for at det skal holde hvis noen klager?', 'state', 'state-hiring-documentation'],
    ['Kan intervjuet alene avgjøre hvem som får jobben når CV-ene er like gode?', 'state', 'hiring-personal-suitability'],
    ['Hvem bestemmer hvilke kvalifikasjonskrav som skal stå i annonsen?', 'state', 'state-who-sets-qualification-requirements'],
    ['Kan vi bruke personlighetstest når vi ansetter i staten?', 'state', 'hiring-tests-work-samples'],
    ['Kan vi ha en intern utlysning i kommunen der bare de fast ansatte får søke?', 'municipal', 'hiring-internal-ad-permanent-only'],
    ['Hvem har lov å søke når vi lyser ut internt – også de midlertidige?', 'state', 'hiring-internal-ad-permanent-only'],
    ['Hvor lang søknadsfrist må vi minst ha?', 'state', 'state-application-deadline'],
    ['Kan vi lyse ut en stilling bare internt i etaten?', 'state', 'state-internal-advertisement'],

    // Known misses of the round (it.todo notes), now answered.
    ['Kan lederen ansette selv uten å gå via ansettelsesrådet?', 'state', 'state-appointing-authority'],
  ],
  DAY,
);

describe('round seventeen state hiring known misses', () => {
  it.todo(
    '«kan vi ha en ukes søknadsfrist på en stilling vi trenger å få besatt fort?» (state) → no answer (0.37); phrasings with «en uke» / «få … besatt» took «Kan vi skyve på søknadsfristen fordi det kom så få søknader?» from state-extend-application-deadline («få» read both as few and as get), so they were removed',
  );
  it.todo(
    'ansettelsesrådet: quorum, meeting by e-mail or circulation, and the composition under the current statsansatteloven — only the 2017 handbook text (tjenestemannsloven) was read; not written',
  );
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'round seventeen state-hiring known misses are still missed',
  [
    [
      'Hvor mange søkere skal vi kalle inn til intervju?',
      'state',
      'state-interview-who-invited',
      '→ state-interview-obligation (0.79), whose phrasings are about how many from the target group; state-interview-who-invited holds the answer (no fixed number: those who seem best qualified)',
    ],
  ],
  DAY,
);
