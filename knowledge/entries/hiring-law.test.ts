/**
 * The hiring-law entries added or corrected for issue 12 (re-advertising, applicant lists, union
 * consultation, welfare grounds, self-declaration, probation and end-of-contract notice …): each states
 * the fact its public source gives, names numbers through the parameter table, keeps the sectors apart,
 * and a table of manager questions (not the entries' own phrasings) reaches it through the real index.
 */
import { describe, expect, it } from 'vitest';
import { valueOn } from '../parameters/registry.js';
import { renderParameters } from '../parameters/format.js';
import { createCuratedIndex } from '../search/curated.js';
import { curatedEntries, itKeepsHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-11-30';
const { entry, rendered: renderedOn } = curatedEntries();
const rendered = (id: string) => renderedOn(id, DAY);

/** The entries this work added. */
const ADDED = [
  'state-no-qualified-applicants',
  'mun-no-qualified-applicants',
  'state-reuse-applicant-list',
  'vacancy-report-to-nav',
  'hiring-overqualified',
  'hiring-personal-suitability',
  'state-ad-diversity-text',
  'state-ad-union-comment',
  'mun-ad-union-comment',
  'ad-language-requirements',
  'hiring-previous-sick-leave',
  'hiring-police-certificate',
  'mun-welfare-grounds',
  'mun-earmarking-union-discussion',
  'mun-acting-leader-permanent',
  'mun-temp-union-discussion',
  'mun-temp-project-funding',
  'mun-temp-substitute',
  'mun-temp-end-notice',
  'state-temp-end-notice',
  'mun-ks-request-state-exceptions',
  'mun-target-group-self-declaration',
  'mun-cv-gap-definition',
  'state-probation-notice',
  'mun-probation-notice',
  // Second round (breadth): sub-topics the fresh questions showed missing.
  'state-norsk-lysingsblad',
  'hiring-criteria-not-in-ad',
  'hiring-ombudsman-common-errors',
  'state-temp-no-qualified-applicants',
  'hiring-pregnancy-raised-by-applicant',
  'hiring-ask-origin',
  'hiring-language-test',
  'tg-substance-dependence',
  'tg-invisible-disability',
  'tg-tick-visibility',
  'mun-oslo-recruitment-scheme',
  'duty-accommodation-employer-chooses',
  'duty-accommodation-pregnancy',
  'duty-arp-areas',
  'probation-dismissal-accommodation',
  'state-trainee-ad-text',
  // Third round: the practical details of the hiring process.
  'state-application-deadline',
  'state-late-applications',
  'state-stop-hiring-process',
  'part-time-preferred-right',
  'state-recommendation-how-many',
  'state-three-year-rule-breaks',
  'applicant-list-exemption-request',
  'hiring-reference-not-named',
  'hiring-applicant-unavailable-interview',
  'hiring-raise-accommodation-interview',
  'tg-which-disability',
  'duty-arp-all-grounds',
  'duty-arp-four-steps',
  'state-inclusion-report-few-hires',
  'state-trainee-work-capacity',
  'mun-probation-extension-holiday',
  'mun-oslo-cv-gap-adult-education',
  'mun-inn-i-jobb-nav-practice',
];

describe('the added hiring-law entries', () => {
  // Amounts and durations live in knowledge/parameters; an answer names the parameter.
  const HARD_CODED = /\b\d+(?:[ ,.]\d+)*\s*(?:%|prosent|kr\b|kroner|G\b|dager?\b|uker?\b|måned(?:er)?\b|år\b)/i;
  it.each(ADDED)('%s writes no number into its answer, ends with a next step and was reviewed this round', (id) => {
    const e = entry(id);
    expect(e.answer.replace(/\{\{p:[a-z0-9.-]+\}\}/g, '')).not.toMatch(HARD_CODED);
    expect(e.answer).toMatch(/_Neste steg:_ \S[^\n]*$/);
    // Reviewed this round or later (a later round that edits an entry moves its lastReviewed on).
    expect(e.lastReviewed >= DAY, e.lastReviewed).toBe(true);
    expect(e.questions.length).toBeGreaterThanOrEqual(5);
    expect(e.sources.some((s) => s.type === 'web' || s.type === 'law' || s.type === 'seed')).toBe(true);
  });

  it.each(ADDED.filter((id) => id.startsWith('mun-')))('%s names the state’s regulations only as the state’s', (id) => {
    for (const s of entry(id)
      .answer.split(/(?<=[.!?])\s+|\n+/)
      .filter((x) => /statsansatte(loven|forskriften)|Hovedavtalen i staten/.test(x))) {
      expect(s, id).toMatch(/\b(staten|statens|statlige?)\b|\bikke\b/i);
    }
  });
});

/** [entry, what its source says, as a pattern the rendered answer must match]. */
const FACTS: Array<[id: string, fact: RegExp]> = [
  ['state-no-qualified-applicants', /lyses ut på nytt med de endrede kravene/],
  ['mun-no-qualified-applicants', /lyses ut på nytt med de nye kravene/],
  ['state-reuse-applicant-list', /samme arbeidsoppgaver og kvalifikasjonskrav/],
  ['vacancy-report-to-nav', /arbeidsmarkedsloven § 7[\s\S]*arbeidsplassen\.nav\.no/],
  ['hiring-overqualified', /^Nei[\s\S]*ikke en saklig grunn/],
  ['state-norsk-lysingsblad', /^Nei – statlige virksomheter er \*\*ikke pålagt\*\* å kunngjøre ledige stillinger i Norsk lysingsblad/],
  ['hiring-criteria-not-in-ad', /kravene i utlysningsteksten er grunnlaget/],
  ['hiring-ombudsman-common-errors', /mangler ved utredningen og dokumentasjonen/],
  ['state-temp-no-qualified-applicants', /spesielle kvalifikasjoner\*\* og det \*\*ikke har meldt seg kvalifiserte søkere[\s\S]*bokstav a/],
  ['hiring-pregnancy-raised-by-applicant', /forbyr ikke at søkeren selv tar opp temaet[\s\S]*referat/],
  ['hiring-ask-origin', /navn og språkferdigheter/],
  ['hiring-language-test', /ikke høyere språkkrav til innvandrere/],
  ['tg-substance-dependence', /psykisk og fysisk rusavhengighet er sykdom som faller innenfor/],
  ['tg-invisible-disability', /\*\*synlig eller usynlig\*\*/],
  ['tg-tick-visibility', /\*\*bare til stillingen\*\*[\s\S]*\*\*ikke til CV-en\*\*/],
  ['mun-oslo-recruitment-scheme', /fylle de vanlige kvalifikasjonskravene[\s\S]*2 år av de siste 5 år[\s\S]*\*\*mentor\*\* og egne \*\*nettverkssamlinger\*\*/],
  ['duty-accommodation-employer-chooses', /velge blant ulike \*\*egnede\*\* tiltak[\s\S]*\*\*i samråd\*\*/],
  ['duty-accommodation-pregnancy', /\*\*gravide arbeidssøkere\*\* har rett til egnet tilrettelegging i \*\*ansettelsesprosessen\*\*/],
  [
    'duty-arp-areas',
    /\*\*rekruttering\*\*, \*\*lønns- og arbeidsvilkår\*\*, \*\*forfremmelse og utviklingsmuligheter\*\*, \*\*tilrettelegging\*\* og \*\*muligheten for å kombinere arbeid og familieliv\*\*/,
  ],
  ['probation-dismissal-accommodation', /diskrimineringsvernet gjelder også ved \*\*oppsigelse\*\*, også i prøvetiden/],
  ['state-trainee-ad-text', /opplysningen kan brukes til statistikk\*\* i samsvar med personvernforordningen \*\*artikkel 13 og 14\*\*/],
  ['hiring-personal-suitability', /stillingens innhold og hvilke personlige egenskaper den krever/],
  ['state-temp-substitute', /ikke ansette en vikar for å gjøre helt nye oppgaver/],
  ['state-temp-temporary-nature', /midlertidig karakter[\s\S]*bevilget midler/],
  ['state-trainee-how-to-join', /ikke meningen at dere skal opprette nye stillinger/],
  ['state-interview-obligation', /^Ja, minst én kvalifisert søker[\s\S]*ikke kalle inn alle/],
  ['state-moderate-preference', /ikke en fortrinnsrett/],
  ['mun-earmarking-union-discussion', /både omfang og type stillinger[\s\S]*drøftes med de tillitsvalgte/],
  ['mun-temp-union-discussion', /minst én gang i året[\s\S]*§ 14-14 a/],
  ['mun-welfare-grounds', /tilnærmet like godt kvalifisert[\s\S]*vesentlige velferdsgrunner/],
  ['mun-ks-request-state-exceptions', /november 2022[\s\S]*traineeordning/],
  ['mun-inn-i-jobb', /kvalifikasjonsprinsippet\*\* var et vesentlig hinder/],
  ['mun-acting-leader-permanent', /^Nei[\s\S]*Kautokeino/],
  ['mun-temp-substitute', /Rt\. 2006 s\. 1158/],
  ['mun-temp-project-funding', /midlertidig karakter/],
  ['tg-disability-definition', /ingen legeerklæring/],
  ['tg-self-declaration', /ingen legeerklæring/],
  ['mun-target-group-self-declaration', /ikke er nødvendig med bekreftelse fra lege/],
  ['mun-cv-gap-definition', /minst 2 år av de siste 5 år/],
  ['hiring-previous-sick-leave', /^Nei[\s\S]*§ 9-3/],
  ['hiring-police-certificate', /lov eller forskrift/],
  ['state-ad-diversity-text', /standardtekst om positiv særbehandling/],
  ['state-ad-union-comment', /Hovedavtalen i staten § 30[\s\S]*før stillingen lyses ut/],
  ['mun-ad-union-comment', /gjelder bare staten/],
  ['ad-language-requirements', /likestillings- og diskrimineringsloven § 6/],
  ['state-probation-notice', /prøvetiden \*\*1 måned\*\*[\s\S]*§ 22/],
  ['mun-probation-notice', /er \*\*14 dager\*\*[\s\S]*§ 15-3 sjuende ledd/],
  ['state-temp-end-notice', /mer enn 1 år[\s\S]*senest 1 måned/],
  ['mun-temp-end-notice', /mer enn 1 år[\s\S]*bokstav d/],
  ['state-wage-subsidy-no-advertisement', /som regel 40 % av lønnskostnaden, eller 60 %/],
  // Third round.
  ['state-application-deadline', /minst 2 uker fra stillingen er publisert/],
  ['state-late-applications', /^Ja, men da må dere ta med \*\*alle\*\* som har søkt etter fristen/],
  ['state-stop-hiring-process', /fram til det er inngått en bindende avtale eller gitt et bindende tilbud/],
  ['part-time-preferred-right', /trenger ikke være best kvalifisert[\s\S]*midlertidig ansatte har ikke denne fortrinnsretten[\s\S]*vesentlige ulemper/],
  ['state-recommendation-how-many', /^Vanligvis \*\*tre søkere, i prioritert rekkefølge\*\*/],
  ['state-three-year-rule-breaks', /^Nei – korte opphold avbryter ikke[\s\S]*inntil 14 dager[\s\S]*ferie/],
  ['applicant-list-exemption-request', /^Ikke automatisk[\s\S]*søkeren \*\*varsles\*\*/],
  ['hiring-reference-not-named', /informert søkeren før den kontaktet andre referanser/],
  ['hiring-applicant-unavailable-interview', /\*\*andre måter\*\* å intervjue henne på[\s\S]*god forvaltningsskikk/],
  ['hiring-raise-accommodation-interview', /ikke diagnosen/],
  ['tg-which-disability', /^Nei\. Dere har ikke krav på å vite diagnosen[\s\S]*\*\*kan utføre arbeidsoppgavene\*\*/],
  ['duty-arp-all-grounds', /^Nei\.[\s\S]*ikke bare kjønn[\s\S]*funksjonsnedsettelse/],
  ['duty-arp-four-steps', /Undersøke[\s\S]*Analysere årsakene[\s\S]*Iverksette tiltak[\s\S]*Vurdere resultatene/],
  ['state-inclusion-report-few-hires', /^Nei – har virksomheten gjort \*\*færre enn fem nyansettelser\*\*/],
  ['state-trainee-work-capacity', /^Tilnærmet full arbeidsevne, \*\*gitt riktig tilrettelegging\*\*/],
  ['mun-probation-extension-holiday', /^Neppe\.[\s\S]*ferie er en naturlig og lovpålagt del/],
  ['mun-oslo-cv-gap-adult-education', /^Ja\. Oslo kommune skriver at \*\*elever i grunnskoleopplæring for voksne er i målgruppen\*\*/],
  ['mun-inn-i-jobb-nav-practice', /\*\*spesialistfunksjoner i NAV\*\*[\s\S]*ulik praksis og regelverksforståelse mellom NAV-kontorene/],
  ['duty-accommodation-applicants', /Arbeidsgiver har altså plikt til å tilrettelegge intervjuet[\s\S]*hørselshemmet søker: tegnspråk- eller skrivetolk/],
  ['ad-language-requirements', /\*\*saklig og nødvendig\*\*/],
  ['state-interview-obligation', /det holder ikke å kalle inn bare én søker/],
];

describe('what the sources say', () => {
  it.each(FACTS)('%s', (id, fact) => {
    expect(rendered(id)).toMatch(fact);
  });

  it.each([
    ['employment.probation.notice-days', 14],
    ['state.probation.notice-months', 1],
    ['state.temporary-end.after-years', 1],
    ['state.temporary-end.notice-months', 1],
    ['municipal.temporary-end.after-years', 1],
    ['municipal.temporary-end.notice-months', 1],
  ])('parameter %s is %d on the day checked', (id, value) => {
    expect(valueOn(id, DAY)?.value).toBe(value);
  });
});

describe('the sectors kept apart', () => {
  it.each([
    ['state-no-qualified-applicants', 'mun-no-qualified-applicants'],
    ['state-probation-notice', 'mun-probation-notice'],
    ['state-temp-end-notice', 'mun-temp-end-notice'],
    ['state-temp-substitute', 'mun-temp-substitute'],
    ['state-temp-temporary-nature', 'mun-temp-project-funding'],
    ['state-ad-union-comment', 'mun-ad-union-comment'],
    ['state-temp-union-discussion', 'mun-temp-union-discussion'],
    ['tg-cv-gap-definition', 'mun-cv-gap-definition'],
    ['tg-self-declaration', 'mun-target-group-self-declaration'],
    ['state-moderate-preference', 'mun-welfare-grounds'],
    ['state-admin-keep-longer', 'mun-acting-leader-permanent'],
  ])('%s is the state’s and %s the municipalities’', (state, municipal) => {
    expect(entry(state).sector).toBe('state');
    expect(entry(municipal).sector).toBe('municipal');
    expect(entry(municipal).answer).not.toMatch(/statsansatteforskriften § 3a/);
  });
});

/**
 * Round four (advertisement in the state, universal design of the recruitment, the CV gap, temporary
 * hires and interviews): entries read on 2026-12-01, held to the same shape as the earlier rounds.
 */
const DAY4 = '2026-12-01';
const ADDED_ROUND4 = [
  'state-ad-content',
  'state-internal-advertisement',
  'state-vacancy-changed-readvertise',
  'state-ad-english',
  'state-ad-check-vacant',
  'state-temp-to-permanent-no-advertisement',
  'state-temp-no-measure-ground',
  'tg-cv-gap-causes',
  'tg-cv-gap-employed-now',
  'hiring-uu-ict-requirements',
  'hiring-uu-accessibility-statement',
  'hiring-uu-vs-accommodation',
  'hiring-uu-tests-and-cases',
  'hiring-uu-supervision-complaints',
  'hiring-uu-application-alternative',
  'state-interview-who-invited',
];

describe('the round-four entries', () => {
  const HARD_CODED = /\b\d+(?:[ ,.]\d+)*\s*(?:%|prosent|kr\b|kroner|G\b|dager?\b|uker?\b|måned(?:er)?\b|år\b)/i;
  it.each(ADDED_ROUND4)('%s writes no number into its answer, ends with a next step, cites a read source and has nynorsk and English phrasings', (id) => {
    const e = entry(id);
    expect(e.answer.replace(/\{\{p:[a-z0-9.-]+\}\}/g, '')).not.toMatch(HARD_CODED);
    expect(e.answer).toMatch(/_Neste steg:_ \S[^\n]*$/);
    expect(e.answer).toMatch(/^(Ja|Nei|Det kommer an på|Bare|Det er|De søkerne)/);
    expect(e.lastReviewed >= DAY4).toBe(true); // a later review keeps it passing
    expect(e.questions.length).toBeGreaterThanOrEqual(7);
    expect(e.questions.some((q) => /^(What|How|Can|Do|Does|Must|Which|Who|Is|An|Before|The)\b/.test(q))).toBe(true);
    expect(e.sources.some((s) => s.type === 'web' && s.read === DAY4)).toBe(true);
  });

  const FACTS4: Array<[id: string, fact: RegExp]> = [
    ['state-ad-content', /Stillingstittel og lønn[\s\S]*Tiltredelse[\s\S]*minst 2 uker/],
    ['state-internal-advertisement', /ikke adgang til å unnta alle eller de aller fleste[\s\S]*Lederstillinger\*\* skal normalt alltid lyses ut offentlig/],
    ['state-vacancy-changed-readvertise', /fravike kvalifikasjonskravene på et vesentlig punkt[\s\S]*uforholdsmessig lang tid[\s\S]*forholdene har endret seg vesentlig/],
    ['state-ad-english', /^Ja, det er ikke forbudt – men Språkrådet[\s\S]*språklova § 4/],
    ['state-ad-check-vacant', /reelt er ledig[\s\S]*statsansatteloven § 13/],
    ['state-temp-to-permanent-no-advertisement', /^Nei, som hovedregel ikke[\s\S]*falt bort med statsansatteloven[\s\S]*mer enn 3 år[\s\S]*ikke funnet at forslaget er vedtatt/],
    ['state-temp-no-measure-ground', /ingen egen grunn for deltakere i arbeidsmarkedstiltak[\s\S]*§ 2 første ledd bokstav b/],
    ['tg-cv-gap-causes', /sykdom \(også psykisk sykdom\)[\s\S]*rus[\s\S]*soning av straffedom[\s\S]*aktivt arbeidssøkende/],
    ['tg-cv-gap-employed-now', /fast stilling\*\*, eller en \*\*midlertidig ansettelse som varer mer enn 1 år/],
    ['hiring-uu-ict-requirements', /1\. februar 2023[\s\S]*47 suksesskriterier[\s\S]*levert av en tredjepart/],
    ['hiring-uu-accessibility-statement', /uustatus\.no[\s\S]*Diskrimineringsnemnda[\s\S]*dagbøter/],
    ['hiring-uu-vs-accommodation', /§§ 17 og 18[\s\S]*\(§ 22\)[\s\S]*Det ene erstatter ikke det andre/],
    ['hiring-uu-tests-and-cases', /^Ja, når søkeren trenger det[\s\S]*§ 22/],
    ['hiring-uu-supervision-complaints', /Uu-tilsynet[\s\S]*pålegg om retting[\s\S]*Diskrimineringsnemnda[\s\S]*faglig uttalelse/],
    ['hiring-uu-application-alternative', /^Ja, hvis søkeren trenger det[\s\S]*papirsøknad/],
    ['state-interview-who-invited', /Rådsmedlemmene[\s\S]*nærmeste leder skal være med[\s\S]*skrives ned og legges i saken/],
  ];
  it.each(FACTS4)('%s says what its source says', (id, fact) => {
    expect(renderParameters(entry(id).answer, DAY4)).toMatch(fact);
  });

  it('the temporary hire of a NAV measure participant is kept apart by sector', () => {
    expect(entry('state-temp-no-measure-ground').sector).toBe('state');
    expect(entry('mun-temporary-measure-participant').sector).toBe('municipal');
  });
});

/** Manager questions in other words than the entries' phrasings, and the entry that must answer, for the asker's sector. */
const INDEX_CASES: Array<[question: string, sector: 'state' | 'municipal' | undefined, expected: string | string[]]> = [
  ['Ingen av søkerne har utdanningen vi satte som krav. Må vi lyse ut igjen?', 'state', 'state-no-qualified-applicants'],
  ['Kan vi gi stillingen til nestemann på innstillingen når vi får en ny lik stilling?', 'state', 'state-reuse-applicant-list'],
  ['Må vi melde stillingen til NAV når vi lyser den ut på egne nettsider?', 'municipal', 'vacancy-report-to-nav'],
  ['Kandidaten har mye mer kompetanse enn stillingen krever – kan vi velge bort hen?', 'state', 'hiring-overqualified'],
  ['Kan vi legge mer vekt på personlig egnethet enn utdanning?', 'state', 'hiring-personal-suitability'],
  ['Kan vikaren i etaten ta helt andre oppgaver enn den som er i permisjon?', 'state', 'state-temp-substitute'],
  ['Skal traineen ha en stilling vi uansett skulle lyse ut?', 'state', 'state-trainee-position'],
  ['Trenger en søker dokumentasjon fra lege for å søke på en stilling forbeholdt personer med funksjonsnedsettelse?', 'municipal', 'mun-target-group-self-declaration'],
  ['Hvor lenge må hullet i CV-en være når kommunen øremerker stillinger?', 'municipal', 'mun-cv-gap-definition'],
  ['Hvilke unntak ønsket KS at kommunesektoren skulle få?', 'municipal', 'mun-ks-request-state-exceptions'],
  ['Kan vi ringe forrige arbeidsgiver og spørre hvor mye søkeren var syk?', 'municipal', 'hiring-previous-sick-leave'],
  ['Kan vi be om politiattest fra søkeren?', 'municipal', 'hiring-police-certificate'],
  ['Hvor lang oppsigelsesfrist gjelder i prøvetiden for en statsansatt?', 'state', 'state-probation-notice'],
  ['Hvor lang oppsigelsesfrist er det i prøvetiden i kommunen?', 'municipal', 'mun-probation-notice'],
  ['Kan vi ansette den konstituerte lederen fast uten utlysning?', 'municipal', 'mun-acting-leader-permanent'],
  ['Må vi drøfte midlertidige ansettelser årlig i kommunen?', 'municipal', 'mun-temp-union-discussion'],
  // From round twenty-one the entry on Norskprøven levels (HK-dir) answers a question about the level; ad-language-requirements is related.
  ['Kan vi stille krav om norsk på høyt nivå for en renholder?', 'municipal', 'ad-norwegian-level-requirement'],
  ['Hvor lenge kan en vikar være ansatt i kommunen før hen får fast stilling?', 'municipal', 'mun-temporary-permanent-rule'],
  ['Har søkere med hull i CV-en fortrinnsrett?', 'state', 'state-moderate-preference'],
  // From round four the entry on which reasons count answers this more precisely than the definition.
  ['Teller arbeidsledighet som hull i CV-en?', 'state', 'tg-cv-gap-causes'],
  // Second round: manager questions written before the entries, in other words than their phrasings.
  ['Må vi i tillegg kunngjøre stillingen i avisen?', 'state', 'state-norsk-lysingsblad'],
  ['Vi la vekt på samarbeidsevner som ikke sto i annonsen – var det feil?', 'municipal', 'hiring-criteria-not-in-ad'],
  ['Hvilke feil finner Sivilombudet oftest i kommunale ansettelser?', 'municipal', 'hiring-ombudsman-common-errors'],
  ['Kan vi ta inn en søker uten master i et engasjement når ingen med master søkte?', 'state', 'state-temp-no-qualified-applicants'],
  ['Kandidaten fortalte selv i intervjuet at hun venter barn – kan vi legge vekt på det?', 'municipal', 'hiring-pregnancy-raised-by-applicant'],
  // Asking is forbidden (ldl § 30); the entry on an applicant who raised it herself answered «Nei, dere har ikke gjort noe galt».
  ['Kan vi spørre om søkeren er gravid?', 'state', 'hiring-interview-forbidden-questions'],
  ['Kan vi spørre søkjaren om ho er gravid?', 'municipal', 'hiring-interview-forbidden-questions'],
  ['Kan vi spørre søkeren om hvor hun er født?', 'state', 'hiring-ask-origin'],
  ['Kan vi kreve språktest bare av søkere med utenlandsk bakgrunn?', 'municipal', 'hiring-language-test'],
  ['Vi har en søker som var rusavhengig for noen år siden – kan det telle mot ham?', 'state', 'tg-substance-dependence'],
  ['Teller psykiske lidelser eller andre skjulte funksjonsnedsettelser for Oslo kommunes ordning?', 'municipal', 'tg-invisible-disability'],
  ['Ser alle som søker neste stilling hos oss at hun krysset av for hull i CV-en forrige gang?', 'state', 'tg-tick-visibility'],
  ['Hva slags oppfølging får de som ansettes via Oslo kommunes rekrutteringsordning?', 'municipal', 'mun-oslo-recruitment-scheme'],
  ['Må vi gi den ansatte akkurat det hjelpemiddelet hun ber om, eller kan vi velge en annen løsning?', 'municipal', 'duty-accommodation-employer-chooses'],
  ['Hvilken tilrettelegging må vi gi en gravid søker til intervjuet?', 'municipal', 'duty-accommodation-pregnancy'],
  ['Hvilke områder skal aktivitetsplikten for likestilling omfatte?', 'state', 'duty-arp-areas'],
  ['Hvor mange tiltak må vi prøve før vi kan si opp en nyansatt i prøvetiden?', 'municipal', 'probation-dismissal-accommodation'],
  ['Kan bystyret vedta at vi skal innkalle søkere med funksjonsnedsettelse til intervju?', 'municipal', 'mun-interview-target-group'],
  // Third round: manager questions written from the sources, not the entries' phrasings.
  ['Hvor lang søknadsfrist må vi ha i en statlig etat?', 'state', 'state-application-deadline'],
  ['Vi fikk en søknad dagen etter fristen. Må vi se bort fra den?', 'state', 'state-late-applications'],
  ['Vi vil stoppe rekrutteringen fordi budsjettet er kuttet. Går det an?', 'state', 'state-stop-hiring-process'],
  ['Kan en ekstern søker som er bedre kvalifisert få stillingen foran vår deltidsansatte?', 'state', 'part-time-preferred-right'],
  ['Hvor mange kandidater setter vi opp i innstillingen?', 'state', 'state-recommendation-how-many'],
  ['Kan vi ha en måneds opphold mellom to engasjementer for å unngå fast ansettelse?', 'state', 'state-three-year-rule-breaks'],
  ['Kan søkeren kreve å få navnet skjult på søkerlisten?', 'municipal', 'applicant-list-exemption-request'],
  ['Kan vi kontakte en tidligere sjef som ikke er oppgitt som referanse?', 'municipal', 'hiring-reference-not-named'],
  ['Søkeren kan ikke komme på intervjudagen fordi hun er bortreist. Må vi finne en ny dag?', 'municipal', 'hiring-applicant-unavailable-interview'],
  ['Hvordan spør vi om tilrettelegging uten å spørre om diagnosen?', 'state', 'hiring-raise-accommodation-interview'],
  ['Er aktivitetsplikten bare for kjønnslikestilling?', 'municipal', 'duty-arp-all-grounds'],
  ['Hvilke steg består aktivitetsplikten av?', 'state', 'duty-arp-four-steps'],
  ['Vi ansatte to personer i fjor. Må vi rapportere andelen fra målgruppen?', 'state', 'state-inclusion-report-few-hires'],
  ['Kan en trainee jobbe deltid?', 'state', 'state-trainee-work-capacity'],
  ['Er voksne som tar grunnskole med i Oslos ordning for hull i CV-en?', 'municipal', 'mun-oslo-cv-gap-adult-education'],
  ['Hva sa Proba om NAV-kontorenes ulike praksis i Inn i jobb?', 'municipal', 'mun-inn-i-jobb-nav-practice'],
  // Two entries answer it (the duty to accommodate applicants; the interpreter at the interview), scoring within 0.001.
  ['En døv søker kommer på intervju – må vi skaffe tolk?', 'municipal', ['duty-accommodation-applicants', 'hiring-interpreter-interview']],
  ['Gjelder kvalifikasjonsprinsippet når departementet ansetter en vikar for fire måneder?', 'state', 'state-administrative-appointment'],
  ['Kan vi kreve flytende norsk av en regnskapsfører?', 'state', 'ad-language-requirements'],
  // Round four: questions written from the sources, not the entries' phrasings.
  ['Må vi oppgi lønnstrinn og tiltredelsesdato i annonsen for stillingen i etaten?', 'state', 'state-ad-content'],
  ['Personalreglementet vårt sier ingenting om stillingen – kan vi likevel nøye oss med å kunngjøre den for egne ansatte?', 'state', 'state-internal-advertisement'],
  ['Holder det å lyse ut stillingen internt i etaten?', 'state', 'state-internal-advertisement'],
  ['Kan direktoratet annonsere en forskerstilling kun på engelsk?', 'state', 'state-ad-english'],
  ['En overtallig fra et annet direktorat kan ha krav på stillingen vår – hva må vi gjøre før utlysning?', 'state', 'state-ad-check-vacant'],
  ['Engasjementet hennes går ut – kan vi bare gi henne fast stilling?', 'state', 'state-temp-to-permanent-no-advertisement'],
  ['Hvilken bokstav i statsansatteloven bruker vi når vi ansetter en fra NAV-tiltak midlertidig?', 'state', 'state-temp-no-measure-ground'],
  ['Søkeren har vært hjemme med barna i tre år – teller det som hull i CV-en?', 'state', 'tg-cv-gap-causes'],
  ['Rekrutteringsverktøyet vi leier fungerer dårlig med skjermleser – er det vårt ansvar?', 'municipal', 'hiring-uu-ict-requirements'],
  ['Må kommunen publisere tilgjengelighetserklæring for jobbportalen?', 'municipal', 'hiring-uu-accessibility-statement'],
  ['Portalen er universelt utformet – må vi likevel tilrettelegge for en søker som ber om det?', 'state', 'hiring-uu-vs-accommodation'],
  ['Kandidaten har dysleksi – kan hun få mer tid på caseoppgaven?', 'municipal', 'hiring-uu-tests-and-cases'],
  ['Hvem kan gi oss dagbøter for en utilgjengelig søknadsportal?', 'state', 'hiring-uu-supervision-complaints'],
  ['En blind søker får ikke sendt søknaden i portalen – kan hun sende den på e-post?', 'municipal', 'hiring-uu-application-alternative'],
  ['Kan et medlem av ansettelsesrådet kreve at vi intervjuer flere?', 'state', 'state-interview-who-invited'],
  // Known misses of the round, now answered.
  ['Fem søkere har oppgitt funksjonsnedsettelse – hvor mange må inn til intervju?', 'state', 'state-interview-obligation'],
  ['Kan vi forlenge prøvetiden fordi hun hadde ferie?', 'municipal', 'mun-probation-extension-holiday'],
  ['Hun har et vikariat på seks måneder nå. Kan hun krysse av for hull i CV-en?', 'state', 'tg-cv-gap-employed-now'],
];

/** Manager questions the search does not yet bring to the right entry (reported to the lead, not tuned for). */
const KNOWN_MISSES: Array<[question: string, sector: 'state' | 'municipal', expected: string, why: string]> = [
  [
    'Vi fant ut etter fristen at stillingen bør være en lederstilling. Kan vi fortsette med de samme søkerne?',
    'state',
    'state-vacancy-changed-readvertise',
    'no answer (0.34): «lederstilling» and «fortsette med søkerne» do not reach «endret stilling» or «ny utlysning»',
  ],
];

describe('manager questions through the curated index', () => {
  const index = createCuratedIndex({ date: DAY });
  it.each(INDEX_CASES)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, sector ? { sector } : {});
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect([expected].flat()).toContain(r.entry?.id);
  });
});

describeKnownMisses('manager questions the index does not yet route to the entry that holds the answer', KNOWN_MISSES, DAY);

/**
 * Round five (municipal targeted advertisement and its limits, the NAV-measure ground, the state's
 * wage-subsidy exemption before NAV has decided, the CV gap, counting the target group, universal design
 * beyond the recruitment tools, and where to advertise): entries read on 2026-12-01.
 */
const ADDED_ROUND5 = [
  'mun-targeted-advert-preferred-rights',
  'mun-state-conditions-own-room',
  'mun-temp-measure-no-nav-yet',
  'mun-temp-measure-ended',
  'state-nav-candidate-before-subsidy',
  'state-qualification-assessment',
  'tg-cv-gap-study-time',
  'tg-count-without-tick',
  'mun-cv-gap-oslo-unemployment-study',
  'hiring-uu-staff-buildings',
  'hiring-uu-intranet',
  'hiring-uu-interview-room-access',
  'hiring-ad-reach-target-group',
  'state-trainee-where-advertised',
];

describe('the round-five entries', () => {
  itKeepsHouseStyle(ADDED_ROUND5, { day: DAY4, opens: /^(Ja|Nei|Det kommer an på|Det er|Det krever)(?=[\s,.:;])/, maxPhrasings: 8, english: true });

  const FACTS5: Array<[id: string, fact: RegExp]> = [
    [
      'mun-targeted-advert-preferred-rights',
      /^Ja\. Å øremerke en stilling[\s\S]*lov eller tariffavtale[\s\S]*§ 14-3[\s\S]*§ 14-2[\s\S]*ett år etter at oppsigelsesfristen gikk ut/,
    ],
    ['mun-state-conditions-own-room', /^Nei, ikke nøyaktig[\s\S]*større adgang til å bruke skjønn[\s\S]*andre saklige unntak[\s\S]*grunnlag i § 14-9/],
    [
      'mun-temp-measure-no-nav-yet',
      /^Nei\.[\s\S]*deltar i et arbeidsmarkedstiltak i regi av eller i samarbeid med NAV[\s\S]*Oppfølgingstjenesten \(OT\) er ikke NAV[\s\S]*avklar med NAV/,
    ],
    ['mun-temp-measure-ended', /^Nei, ikke på grunnlaget i bokstav d alene[\s\S]*\*\*deltar\*\*[\s\S]*bokstav a eller b/],
    ['mun-state-exceptions', /samme unntakene fra kvalifikasjonsprinsippet som staten[\s\S]*inntil 24 måneder[^*]*med lønnstilskudd[\s\S]*innvilges av NAV/],
    ['state-nav-candidate-before-subsidy', /^Nei, ikke etter unntaket for lønnstilskudd[\s\S]*NAV har innvilget midlertidig lønnstilskudd[\s\S]*inntil 6 måneder[\s\S]*spør DFØ/],
    ['state-qualification-assessment', /sammenlignende vurdering[\s\S]*utdanning, praksis og personlige egenskaper[\s\S]*\*\*rangere\*\*/],
    ['state-moderate-preference', /ikke en fortrinnsrett\*\*: søkeren har ikke krav på stillingen/],
    ['tg-cv-gap-study-time', /^Nei\. Hull i CV-en er \*\*fravær fra arbeid, utdanning eller opplæring\*\*[\s\S]*2 år av de siste 5 år/],
    ['tg-count-without-tick', /^Det kommer an på hva personen selv har oppgitt[\s\S]*\*\*oppgir\*\*[\s\S]*Synlig eller usynlig[\s\S]*Spør DFØ/],
    [
      'mun-cv-gap-oslo-unemployment-study',
      /\*\*arbeidsledighet teller\*\*[\s\S]*\*\*aktivt har søkt arbeid\*\*[\s\S]*\*\*tid i utdanning ikke er fravær\*\*[\s\S]*grunnskoleopplæring for voksne/,
    ],
    [
      'hiring-uu-staff-buildings',
      /TEK17\) § 12-1 andre ledd[\s\S]*\*\*byggverk for publikum og arbeidsbygninger\*\*[\s\S]*uegnet for personer med funksjonsnedsettelse[\s\S]*§ 8-2/,
    ],
    ['hiring-uu-intranet', /\*\*intranett og ekstranett\*\*[\s\S]*\*\*1\. februar 2023\*\*[\s\S]*§ 22/],
    ['hiring-uu-interview-room-access', /§ 22[\s\S]*ikke en grunn til å droppe intervjuet/],
    ['hiring-ad-reach-target-group', /arbeidsplassen\.nav\.no[\s\S]*NAV-kontakten[\s\S]*Oslo kommune[\s\S]*DFØ/],
    ['state-trainee-where-advertised', /\*\*virksomheten selv\*\*[\s\S]*oversikt over ledige traineestillinger[\s\S]*\*\*løpende\*\*/],
  ];
  it.each(FACTS5)('%s says what its source says', (id, fact) => {
    expect(renderParameters(entry(id).answer, DAY4)).toMatch(fact);
  });

  it('keeps the municipal entries municipal: the state’s rules are named only as the state’s', () => {
    for (const id of ADDED_ROUND5.filter((x) => x.startsWith('mun-'))) {
      expect(entry(id).sector, id).toBe('municipal');
      expect(entry(id).answer, id).not.toMatch(/statsansatteforskriften § 3a|statsansatteloven § 7/);
    }
    for (const [state, municipal] of [
      ['state-nav-candidate-before-subsidy', 'mun-temp-measure-no-nav-yet'],
      ['tg-cv-gap-study-time', 'mun-cv-gap-oslo-unemployment-study'],
    ]) {
      expect(entry(state).sector).toBe('state');
      expect(entry(municipal).sector).toBe('municipal');
    }
  });

  // Manager questions in other words than the entries' phrasings.
  const CASES5: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
    ['En av våre deltidsansatte vil ha stillingen vi hadde tenkt å øremerke for målgruppen. Hvem går foran?', 'municipal', 'mun-targeted-advert-preferred-rights'],
    ['Kan kommunen bruke skjønn og lage egne vilkår i stedet for å kopiere statens regler for unntak?', 'municipal', 'mun-state-conditions-own-room'],
    ['En ungdom fra OT vil jobbe hos oss – kan vi ansette midlertidig som tiltaksdeltaker uten NAV?', 'municipal', 'mun-temp-measure-no-nav-yet'],
    ['Lønnstilskuddet fra NAV er ferdig. Kan vi gi en ny midlertidig kontrakt på samme grunnlag?', 'municipal', 'mun-temp-measure-ended'],
    ['NAV har ikke svart på søknaden om lønnstilskudd ennå. Kan vi ansette uten utlysning likevel?', 'state', 'state-nav-candidate-before-subsidy'],
    ['Hvordan skal vi sammenligne og rangere søkerne?', 'state', 'state-qualification-assessment'],
    ['Søkeren har tatt en master de siste tre årene. Kan hun krysse av for hull i CV-en?', 'state', 'tg-cv-gap-study-time'],
    ['Vi ser at en nyansatt bruker rullestol, men hun krysset ikke av. Kan vi telle henne i årsrapporten?', 'state', 'tg-count-without-tick'],
    ['Teller det som hull i CV-en i Oslo å ha vært arbeidsledig i to år?', 'municipal', 'mun-cv-gap-oslo-unemployment-study'],
    ['Vi bygger nytt kontorbygg som bare de ansatte skal bruke. Gjelder kravene til universell utforming?', 'state', 'hiring-uu-staff-buildings'],
    ['Må intranettet i kommunen fungere med skjermleser?', 'municipal', 'hiring-uu-intranet'],
    ['Møterommet vi bruker til intervju ligger i andre etasje uten heis. Søkeren sitter i rullestol.', 'municipal', 'hiring-uu-interview-room-access'],
    ['Hvilke kanaler bør vi bruke for at folk med funksjonsnedsettelse skal se utlysningen?', 'state', 'hiring-ad-reach-target-group'],
    ['Kan DFØ legge ut traineestillingen vår på sine sider?', 'state', 'state-trainee-where-advertised'],
    ['Har en søker som er tilnærmet like godt kvalifisert rett til stillingen?', 'state', 'state-moderate-preference'],
  ];
  const index = createCuratedIndex({ date: DAY4 });
  it.each(CASES5)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });
});

/**
 * Round six (source sweep of likestillings- og diskrimineringsloven §§ 9, 37 and 38 and Statens
 * personalhåndbok on discrimination): lawful differential treatment of applicants, and the burden of
 * proof and liability when an applicant claims discrimination. Entries read on 2026-12-01.
 */
describe('the round-six entries', () => {
  const ADDED_ROUND6 = ['hiring-lawful-differential-treatment', 'hiring-discrimination-claim-burden'];
  itKeepsHouseStyle(ADDED_ROUND6, { day: DAY4, opens: /^(Ja|Nei|Det kommer an på)(?=[\s,.:;])/, maxPhrasings: 8, english: true });
  it('cites likestillings- og diskrimineringsloven and is for both sectors', () => {
    for (const id of ADDED_ROUND6) {
      expect(entry(id).sector).toBe('both');
      expect(entry(id).sources.some((s) => s.type === 'law' && s.law === 'likestillings- og diskrimineringsloven')).toBe(true);
    }
  });

  const FACTS6: Array<[id: string, fact: RegExp]> = [
    [
      'hiring-lawful-differential-treatment',
      /§ 9[\s\S]*\*\*saklig formål\*\*[\s\S]*\*\*nødvendig\*\*[\s\S]*\*\*ikke er uforholdsmessig inngripende\*\*[\s\S]*\*\*avgjørende betydning for utøvelsen av arbeidet\*\*[\s\S]*indirekte forskjellsbehandling[\s\S]*ekskluderes/,
    ],
    [
      'hiring-discrimination-claim-burden',
      /\*\*bevisbyrden er delt\*\*[\s\S]*\*\*grunn til å tro\*\*[\s\S]*\*\*arbeidsgiveren sannsynliggjøre\*\*[\s\S]*\*\*etterprøvbart og tidsnært\*\*[\s\S]*\*\*uten at arbeidsgiveren kan bebreides\*\*[\s\S]*Diskrimineringsnemnda/,
    ],
  ];
  it.each(FACTS6)('%s says what its source says', (id, fact) => {
    expect(renderParameters(entry(id).answer, DAY4)).toMatch(fact);
  });

  // Manager questions in other words than the entries' phrasings, in both sectors.
  const CASES6: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
    ['Kan en statlig virksomhet kreve at søkere har førerkort?', 'state', 'hiring-lawful-differential-treatment'],
    ['Når er det lov å forskjellsbehandle søkere etter diskrimineringsloven?', 'municipal', 'hiring-lawful-differential-treatment'],
    ['Hvem har bevisbyrden i en sak om diskriminering ved ansettelse?', 'state', 'hiring-discrimination-claim-burden'],
    ['En søker truer med å klage oss inn for Diskrimineringsnemnda. Hva må vi kunne vise?', 'municipal', 'hiring-discrimination-claim-burden'],
    ['Kan søkeren få erstatning eller oppreisning hvis vi diskriminerte ved ansettelsen?', 'municipal', 'hiring-discrimination-claim-burden'],
    ['Må vi sende tilgjengelighetserklæring for rekrutteringsløsningen til Uutilsynet?', 'state', 'hiring-uu-accessibility-statement'],
    ['Hvordan dokumenterer vi at søkere med funksjonsnedsettelse ble kalt inn til intervju?', 'state', 'state-hiring-documentation'],
    ['Hvordan dokumenterer vi at søkere med funksjonsnedsettelse ble kalt inn til intervju?', 'municipal', 'mun-hiring-documentation'],
    // General questions keep their general entry.
    ['Kan vi kreve god helse i stillingsannonsen?', 'state', 'ad-health-requirements'],
    ['Kan vi stille krav om flytende norsk i annonsen?', 'municipal', 'ad-language-requirements'],
  ];
  const index = createCuratedIndex({ date: DAY4 });
  it.each(CASES6)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });
  // Since round eleven's entries (2026-12-01) a near tie (0.588 against 0.583) with the entry on re-advertising
  // when no applicant qualifies, which also names education and experience.
});

/**
 * Round seven (everyday questions of a state line manager): headhunted and internal candidates, who sets the
 * requirements, the union representatives' role, small part-time posts, reorganisation as a temporary ground,
 * later interview rounds, experience from a wage-subsidy period, a low target-group share, short-term injuries,
 * short jobs within a CV gap, questions about politics, age and care duties, scanned PDFs, and the manager's
 * duties during probation. Entries read on 2026-12-01.
 */
describe('the round-seven entries', () => {
  const ADDED_ROUND7 = [
    'state-headhunted-candidate',
    'state-internal-candidate-still-advertise',
    'state-small-part-time-post-advertise',
    'state-who-sets-qualification-requirements',
    'state-union-role-in-hiring',
    'state-temp-reorganisation-uncertain',
    'state-target-group-later-interview-rounds',
    'state-wage-subsidy-experience-permanent-ad',
    'tg-low-share-what-to-do',
    'tg-short-term-injury',
    'tg-cv-gap-short-jobs-in-gap',
    'hiring-interview-political-views',
    'hiring-interview-age',
    'hiring-interview-family-care',
    'hiring-uu-pdf-attachments',
    'state-probation-employer-duties',
  ];
  itKeepsHouseStyle(ADDED_ROUND7, { day: DAY4, opens: /^(Ja|Nei|Det kommer an på|Som hovedregel nei|Det er arbeidsgiveren)(?=[\s,.:;])/, maxPhrasings: 8, english: true });

  it('keeps the state-only rules in state entries and the general ones for both sectors', () => {
    for (const id of ADDED_ROUND7.filter((x) => /^(state|tg)-/.test(x))) expect(entry(id).sector, id).toBe('state');
    for (const id of ADDED_ROUND7.filter((x) => x.startsWith('hiring-'))) expect(entry(id).sector, id).toBe('both');
  });

  const FACTS7: Array<[id: string, fact: RegExp]> = [
    ['state-headhunted-candidate', /^Nei[\s\S]*statsansatteloven § 4[\s\S]*Sivilombudet[\s\S]*skal stå på søkerlisten/],
    // Round 22 (round22-duties-review.test.ts): in the state the part-timers' preference is statsansatteloven § 13 (Prop. 76 L (2024–2025) kap. 3.1)
    ['state-internal-candidate-still-advertise', /^Ja, som hovedregel[\s\S]*like vilkår[\s\S]*statsansatteloven § 13[\s\S]*§ 14-1/],
    ['state-small-part-time-post-advertise', /^Ja\. Plikten til å lyse ut gjelder alle ledige stillinger i staten, uansett stillingsbrøk/],
    ['state-who-sets-qualification-requirements', /^Det er arbeidsgiveren[\s\S]*styringsretten[\s\S]*ekskluderes[\s\S]*Hovedavtalen i staten § 30/],
    ['state-union-role-in-hiring', /forhandles med de tillitsvalgte[\s\S]*Hovedavtalen i staten § 30[\s\S]*representant for de ansatte kan delta/],
    ['state-temp-reorganisation-uncertain', /^Det kommer an på[\s\S]*\*\*ikke nok\*\*[\s\S]*HR-2017-561-A[\s\S]*Terskelen er høy/],
    // Lovdata, statsansatteforskriften §§ 4 and 4a as amended 13.12.2019 (read 2026-12-01): the text in force has no
    // «før innstillingen avgis»; that was the 2017 § 6 quoted by Jobbnorge.
    [
      'state-target-group-later-interview-rounds',
      /Teksten som gjelder nå, sier ikke når i prosessen[\s\S]*sier ikke noe eget om andre intervjurunde[\s\S]*tilnærmet like godt kvalifisert/,
    ],
    ['state-target-group-later-interview-rounds', /^(?![\s\S]*\*\*før innstillingen avgis\*\*)/],
    ['state-wage-subsidy-experience-permanent-ad', /^Ja\.[\s\S]*\*\*ikke noe fortrinn\*\*[\s\S]*må stillingen lyses ut offentlig/],
    ['tg-short-term-injury', /^Som hovedregel nei[\s\S]*\*\*ikke forbigående eller bagatellmessig\*\*/],
    ['tg-cv-gap-short-jobs-in-gap', /\*\*til sammen\*\* minst 2 år av de siste 5 år[\s\S]*\*\*Korte jobber teller ikke som fravær\.\*\*/],
    ['hiring-interview-political-views', /^Nei[\s\S]*arbeidsmiljøloven § 13-4[\s\S]*stillingens karakter[\s\S]*stå i utlysningen/],
    ['hiring-interview-age', /^Nei[\s\S]*arbeidsmiljøloven § 13-1[\s\S]*offentleglova § 25/],
    ['hiring-interview-family-care', /^Nei[\s\S]*§ 30[\s\S]*\*\*omsorgsoppgaver\*\* er et eget diskrimineringsgrunnlag \(§ 6\)/],
    ['hiring-uu-pdf-attachments', /^Nei, ikke som den eneste versjonen[\s\S]*WCAG[\s\S]*PDF\/A-2a/],
    ['state-probation-employer-duties', /statsansatteloven § 15[\s\S]*\*\*veilede og vurdere\*\*[\s\S]*forvaltningsloven § 16/],
    ['state-wage-subsidy-qualification', /\*\*Det er dere som arbeidsgiver – ikke NAV – som avgjør om kandidaten er kvalifisert for stillingen;\*\*/],
  ];
  it.each(FACTS7)('%s says what its source says', (id, fact) => {
    expect(renderParameters(entry(id).answer, DAY4)).toMatch(fact);
  });

  // Manager questions in other words than the entries' phrasings.
  const CASES7: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
    ['Et byrå har funnet en leder til oss. Kan vi bare gi ham jobben uten annonse?', 'state', 'state-headhunted-candidate'],
    ['Skal fagforeningen være med og velge hvem som ansettes?', 'state', 'state-union-role-in-hiring'],
    ['Kan vi ansette noen fast i en liten deltidsstilling uten å annonsere?', 'state', 'state-small-part-time-post-advertise'],
    ['Avdelingen skal legges ned om et år. Kan vi ansette midlertidig til da?', 'state', 'state-temp-reorganisation-uncertain'],
    [
      'Søkeren har jobbet hos oss med lønnstilskudd i et år. Nå lyser vi ut fast stilling. Kan vi vektlegge erfaringen hennes?',
      'state',
      'state-wage-subsidy-experience-permanent-ad',
    ],
    ['Hvordan kan vi øke andelen ansatte med funksjonsnedsettelse?', 'state', 'tg-low-share-what-to-do'],
    ['Søkeren har hatt en sportsskade og er på krykker i noen uker. Er hun i målgruppen?', 'state', 'tg-short-term-injury'],
    ['Søkeren har hatt to korte sommerjobber i perioden uten arbeid. Har hun fortsatt hull i CV-en?', 'state', 'tg-cv-gap-short-jobs-in-gap'],
    ['Kan intervjupanelet spørre om søkeren er medlem i et parti?', 'municipal', 'hiring-interview-political-views'],
    ['Kan vi spørre om søkeren har omsorg for syke foreldre?', 'state', 'hiring-interview-family-care'],
    ['Stillingsbeskrivelsen ligger som skannet vedlegg. Er det et problem for universell utforming?', 'municipal', 'hiring-uu-pdf-attachments'],
    ['Hvordan skal lederen følge opp en nyansatt i prøvetiden i staten?', 'state', 'state-probation-employer-duties'],
    ['Hvem avgjør om NAV-kandidaten er kvalifisert, vi eller NAV-veilederen?', 'state', 'state-wage-subsidy-qualification'],
    // General questions keep their general entry.
    ['Hvem bestemmer hvem som blir ansatt i en statlig virksomhet?', 'state', 'state-appointing-authority'],
    ['Er det lov å spørre om søkeren skal ha barn?', 'state', 'hiring-interview-forbidden-questions'],
  ];
  const index = createCuratedIndex({ date: DAY4 });
  it.each(CASES7)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });
});

/**
 * Round eight (the practice of recruiting people with disabilities or CV gaps): structured interviews, tests and
 * work samples, interpreters, digital interviews, candidates with anxiety, autism or ADHD, references, a criminal
 * record, refugees in the introduction programme, young people outside work and education, pay, the contract and
 * probation for a wage-subsidy hire in the state, a gradual start, and what the manager records at hiring.
 * Entries read on 2026-12-01.
 */
describe('the round-eight entries', () => {
  const ADDED_ROUND8 = [
    'hiring-structured-interview',
    'hiring-tests-work-samples',
    'hiring-interpreter-interview',
    'hiring-digital-interview',
    'hiring-interview-anxiety-autism-adhd',
    'hiring-reference-what-to-ask',
    'hiring-no-references-cv-gap',
    'hiring-criminal-record-cv-gap',
    'hiring-refugee-introduction-programme',
    'tg-young-outside-work-education',
    'tg-record-at-hire',
    'state-target-group-pay',
    'state-measure-hire-contract',
  ];
  itKeepsHouseStyle(ADDED_ROUND8, { day: DAY4, opens: /^(Ja|Nei|Det kommer an på)(?=[\s,.:;])/, maxPhrasings: 8, english: true });

  it('keeps the state-only rules in state entries and the general ones for both sectors', () => {
    for (const id of ADDED_ROUND8.filter((x) => /^(state|tg)-/.test(x))) expect(entry(id).sector, id).toBe('state');
    for (const id of ADDED_ROUND8.filter((x) => x.startsWith('hiring-'))) expect(entry(id).sector, id).toBe('both');
  });

  const FACTS8: Array<[id: string, fact: RegExp]> = [
    ['hiring-structured-interview', /\*\*behandles likt\*\*[\s\S]*referat[\s\S]*pkt\. 2\.4\.3[\s\S]*§ 22/],
    ['hiring-tests-work-samples', /\*\*stillingen krever\*\*[\s\S]*Samme test for alle[\s\S]*§ 22[\s\S]*nødvendige for å vurdere/],
    ['hiring-interpreter-interview', /folketrygdloven § 10-7[\s\S]*\*\*tolketjenesten i NAV Hjelpemiddelsentral\*\*[\s\S]*Språktolk/],
    ['hiring-digital-interview', /^Ja\.[\s\S]*behandles likt[\s\S]*§ 22[\s\S]*Opptak/],
    ['hiring-interview-anxiety-autism-adhd', /uten å be om diagnose[\s\S]*§ 22[\s\S]*Spørsmålene på forhånd[\s\S]*samme som for de andre søkerne/],
    ['hiring-reference-what-to-ask', /\*\*kravene i utlysningen\*\*[\s\S]*si fra til søkeren på forhånd[\s\S]*§ 30[\s\S]*forvaltningsloven § 17[\s\S]*god forvaltningsskikk/],
    ['hiring-no-references-cv-gap', /ingen generell plikt til å innhente referanser[\s\S]*forvaltningsloven § 17[\s\S]*§ 4a/],
    ['hiring-criminal-record-cv-gap', /\*\*Politiattest\*\*[\s\S]*lov eller forskrift[\s\S]*soning av straffedom[\s\S]*§ 4a[\s\S]*GDPR artikkel 10/],
    ['hiring-refugee-introduction-programme', /\*\*kommunen\*\* har ansvaret[\s\S]*programrådgiver[\s\S]*innvandrerbakgrunn[\s\S]*saklige og nødvendige/],
    ['tg-young-outside-work-education', /§ 4a[\s\S]*minst 2 år av de siste 5 år[\s\S]*ungdomsgarantien[\s\S]*§ 3a/],
    ['tg-record-at-hire', /\*\*alle nyansettelser\*\*[\s\S]*aldri årsak eller diagnose[\s\S]*Telles ikke:\*\* personer i praksisplass[\s\S]*beordringer/],
    ['state-target-group-pay', /\*\*vanlig hel- eller deltidsstilling med ordinær lønn\*\*[\s\S]*Ikke lavere lønn/],
    ['state-measure-hire-contract', /§ 3a fritar bare fra \*\*utlysning\*\*[\s\S]*statsansatteloven § 9[\s\S]*regnes den som fast[\s\S]*Skriv ikke inn funksjonsnedsettelse/],
    ['state-interview-immigrant-background', /\*\*ved siden av\*\*[\s\S]*\*\*hver\*\* gruppe[\s\S]*\*\*Moderat fortrinn\*\*[\s\S]*§§ 4 og 4a[\s\S]*HR eller DFØ/],
    ['hiring-previous-sick-leave', /Forteller referansen det likevel/],
  ];
  it.each(FACTS8)('%s says what its source says', (id, fact) => {
    expect(renderParameters(entry(id).answer, DAY4)).toMatch(fact);
  });

  // Manager questions in other words than the entries' phrasings.
  const CASES8: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
    ['Skal alle kandidatene få akkurat de samme intervjuspørsmålene?', 'municipal', 'hiring-structured-interview'],
    ['Kan vi la kandidatene løse en praktisk oppgave som del av ansettelsen?', 'state', 'hiring-tests-work-samples'],
    ['Hvem bestiller tegnspråktolk når en døv kandidat skal på intervju?', 'state', 'hiring-interpreter-interview'],
    ['Går det an å intervjue søkerne over video?', 'municipal', 'hiring-digital-interview'],
    ['En kandidat med autisme ber om å få spørsmålene skriftlig. Kan vi gjøre det?', 'state', 'hiring-interview-anxiety-autism-adhd'],
    ['Hvilke spørsmål kan vi stille når vi ringer referansene?', 'state', 'hiring-reference-what-to-ask'],
    ['Søkeren har ingen arbeidsgiver de siste årene som kan gi referanse. Hva nå?', 'municipal', 'hiring-no-references-cv-gap'],
    ['Søkeren har sittet i fengsel. Kan vi ansette henne?', 'state', 'hiring-criminal-record-cv-gap'],
    ['Kan en flyktning som går på introduksjonsprogram få jobb hos oss?', 'municipal', 'hiring-refugee-introduction-programme'],
    ['Kan den nyansatte starte i femti prosent og øke til full stilling senere?', 'state', 'onboarding-gradual-start'],
    ['Vi vil ansette en ungdom som har droppet ut av skolen og aldri hatt jobb. Går det?', 'state', 'tg-young-outside-work-education'],
    ['Får en som er ansatt med lønnstilskudd lavere lønn enn kollegene?', 'state', 'state-target-group-pay'],
    ['Hva skriver vi i kontrakten når vi ansetter etter unntaket for lønnstilskudd?', 'state', 'state-measure-hire-contract'],
    // General questions keep their general entry.
    ['Må vi tilrettelegge jobbintervjuet for søkere med funksjonsnedsettelse?', 'municipal', 'duty-accommodation-applicants'],
    ['Kan vi ringe en referanse søkeren ikke har oppgitt?', 'state', 'hiring-reference-not-named'],
    ['Når kan vi kreve politiattest?', 'state', 'hiring-police-certificate'],
    ['Må vi intervjue kandidater med funksjonsnedsettelse i staten?', 'state', 'state-interview-obligation'],
  ];
  const index = createCuratedIndex({ date: DAY4 });
  it.each(CASES8)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });

  // Known misses (no answer, or the general interview-duty entry): left for a later round.
});

describe('the round-nine entries (state hiring in a normal month)', () => {
  const ADDED_ROUND9 = [
    'state-recommendation-who-writes',
    'state-board-disagreement',
    'state-board-wants-non-recommended',
    'state-apprentices',
    'state-student-placement',
    'state-move-employee-internally',
    'state-notify-applicants-outcome',
    'state-offer-declined-next',
    'state-board-confidentiality',
    'state-rehire-former-employee',
    'state-ad-several-channels',
    'state-extend-application-deadline',
    'hiring-applicant-on-sick-leave',
    'hiring-applicant-disability-pension',
  ];
  itKeepsHouseStyle(ADDED_ROUND9, { day: DAY4, opens: /^(Ja|Nei|Det kommer an på)(?=[\s,.:;])/, maxPhrasings: 8, english: true });

  it('keeps the state rules in state entries and the general ones for both sectors', () => {
    for (const id of ADDED_ROUND9.filter((x) => x.startsWith('state-'))) expect(entry(id).sector, id).toBe('state');
    for (const id of ADDED_ROUND9.filter((x) => x.startsWith('hiring-'))) expect(entry(id).sector, id).toBe('both');
  });

  const FACTS9: Array<[id: string, fact: RegExp]> = [
    ['state-recommendation-who-writes', /\*\*stillingens nærmeste leder\*\*[\s\S]*\*\*innstillingsråd\*\*[\s\S]*\*\*alle søkerne\*\*[\s\S]*«forslag til ansettelse»/],
    ['state-board-disagreement', /\*\*flertallet i ansettelsesrådet bestemmer\*\*[\s\S]*pkt\. 2\.4\.5\.3[\s\S]*Sjekk hva reglementet deres sier i dag/],
    ['state-board-wants-non-recommended', /^Nei, ikke uten videre[\s\S]*pkt\. 2\.4\.5\.4[\s\S]*\*\*skriftlig uttalelse\*\*[\s\S]*mindretall/],
    [
      'state-apprentices',
      /\*\*ansatt på samme måte som andre midlertidig ansatte\*\*[\s\S]*§ 9 første ledd bokstav c[\s\S]*over 75 ansatte[\s\S]*\*\*OK stat\*\*[\s\S]*velger ikke lærlingen/,
    ],
    ['state-student-placement', /\*\*ikke arbeidstaker\*\*[\s\S]*studietilsynsforskriften § 2-2[\s\S]*\*\*ulønnet\*\*[\s\S]*«gratisarbeid»/],
    ['state-move-employee-internally', /\*\*styringsrett\*\*[\s\S]*\*\*annen ledig stilling\*\*[\s\S]*§ 4[\s\S]*\*\*Beordring\*\*[\s\S]*ingen nyansettelse/],
    ['state-notify-applicants-outcome', /\*\*enkeltvedtak\*\*[\s\S]*\*\*snarest mulig\*\*[\s\S]*forvaltningsloven § 27[\s\S]*\*\*rimelig frist\*\*[\s\S]*§ 31/],
    ['state-offer-declined-next', /velger fritt blant \*\*de innstilte\*\*[\s\S]*\*\*Nytt vedtak:\*\*[\s\S]*uforholdsmessig lang tid[\s\S]*pkt\. 2\.14\.2\.3/],
    ['state-board-confidentiality', /forvaltningsloven § 13[\s\S]*\*\*personlige forhold\*\*[\s\S]*søkerlisten[\s\S]*offentleglova § 25[\s\S]*også de ansattes representanter/],
    ['state-rehire-former-employee', /^Nei, som hovedregel ikke\. Statsansatteloven § 4 har ikke noe unntak for tidligere ansatte[\s\S]*§ 7[\s\S]*DFØ/],
    ['state-ad-several-channels', /\*\*meldes til NAV\*\*[\s\S]*regnes fra den publiseringen[\s\S]*pkt\. 2\.3\.4[\s\S]*\*\*Samme innhold overalt:\*\*/],
    [
      'state-extend-application-deadline',
      /\*\*søkerlisten skal settes opp når den opprinnelige fristen går ut\*\*[\s\S]*Sivilombudet[\s\S]*\*\*alle\*\* sene søknader[\s\S]*pkt\. 2\.3\.1\.4/,
    ],
    ['hiring-applicant-on-sick-leave', /ingen grunn i seg selv[\s\S]*arbeidsmiljøloven § 9-3[\s\S]*§ 6[\s\S]*§ 22/],
    [
      'hiring-applicant-disability-pension',
      /arbeide så mye hen har mulighet til[\s\S]*inntil 0,4 G i året[\s\S]*individuell grense[\s\S]*folketrygdloven § 12-14[\s\S]*\*\*Personen melder selv forventet inntekt\*\*/,
    ],
  ];
  it.each(FACTS9)('%s says what its source says', (id, fact) => {
    expect(renderParameters(entry(id).answer, DAY4)).toMatch(fact);
  });

  // Manager questions in other words than the entries' phrasings.
  const CASES9: Array<[question: string, sector: 'state' | 'municipal', expected: string]> = [
    ['Er det seksjonssjefen som skal lage innstillingen til ansettelsesrådet?', 'state', 'state-recommendation-who-writes'],
    ['Kan rådet velge en søker lederen ikke har innstilt?', 'state', 'state-board-wants-non-recommended'],
    ['Vi vil ha en lærling i kontor- og administrasjonsfaget. Hvordan går vi fram?', 'state', 'state-apprentices'],
    ['Kan vi hente tilbake en som jobbet her for to år siden uten utlysning?', 'state', 'state-rehire-former-employee'],
    ['Kan jeg pålegge en medarbeider å bytte seksjon etter omorganiseringen?', 'state', 'state-move-employee-internally'],
    ['Førstevalget takket nei til jobbtilbudet. Kan vi gå videre til neste innstilte?', 'state', 'state-offer-declined-next'],
    ['Må vi bruke arbeidsplassen.no når vi også annonserer på LinkedIn?', 'state', 'state-ad-several-channels'],
    ['Kan vi skyve på søknadsfristen fordi det kom så få søknader?', 'state', 'state-extend-application-deadline'],
    ['Den beste kandidaten er sykmeldt fra jobben sin nå. Kan vi tilby henne stillingen?', 'state', 'hiring-applicant-on-sick-leave'],
    // General questions keep their general entry.
    ['Hvem har myndighet til å ansette i direktoratet?', 'state', 'state-appointing-authority'],
    ['Hvem skal vi kalle inn til intervju i en statlig ansettelse?', 'state', 'state-interview-who-invited'],
    ['Kan vi spørre referansen om hvor mye søkeren har vært syk?', 'state', 'hiring-previous-sick-leave'],
  ];
  const index = createCuratedIndex({ date: DAY4 });
  it.each(CASES9)('%s (%s)', (question, sector, expected) => {
    const r = index.answer(question, { sector });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.entry?.id).toBe(expected);
  });

  // Known misses: left for a later round.
});

// Known misses of the round (it.todo notes), now answered.
describeRoutedQuestions('hiring-law known misses now answered', [['Hvor mange skal vi innstille til en rådgiverstilling?', undefined, 'state-recommendation-how-many']], DAY);

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
describeKnownMisses(
  'hiring-law known misses are still missed',
  [
    ['Kan en søker kreve å få vite utdanning og erfaring til den som ble ansatt?', 'state', 'hiring-applicant-information-right', 'second, 0.583'],
    ['Hva skal vi notere om målgruppen når en ny medarbeider er ansatt?', undefined, 'tg-record-at-hire', 'score 0.43, none'],
    [
      'Gjelder intervjuplikten for innvandrerbakgrunn i tillegg til funksjonsnedsettelse og hull i CV-en?',
      undefined,
      'state-interview-immigrant-background',
      'goes to state-interview-obligation',
    ],
    ['Rådet ble stående to mot to om kandidatene. Hvem bestemmer da?', undefined, 'state-board-disagreement', 'score 0.41, none'],
    ['En masterstudent vil ha praksisopphold hos oss et semester. Må hun ansettes?', undefined, 'state-student-placement', 'score 0.35, none'],
    ['Må vi sende svar til alle som søkte når vi har ansatt noen?', undefined, 'state-notify-applicants-outcome', 'goes to privacy-share-cv'],
  ],
  DAY,
);
