/**
 * Round nineteen (r19-target): who counts as the target group, the state trainee programme, and writing the
 * advertisement. Probe questions were written for each topic (what «nedsatt funksjonsevne» covers for the state's
 * reporting — cognitive, acquired, well-treated conditions; the trainee programme's target group, part time and an
 * open advertisement; the CV-gap definition in 2019 against today; the 5 % goal in figures; qualification requirements,
 * police certificates and pay in the advertisement; choosing the younger of two applicants) and run for a state, a
 * municipal and an unknown asker. Most reached an entry already; the round adds three entries:
 *   - tg-disability-kinds: cognitive, acquired and well-treated conditions under the state definition;
 *   - cv-gap-definition-2019-reporting: Difi's 2019 reporting definitions against § 4a and DFØ's later ones, with a new
 *     parameter (target-group.cv-gap.reporting-2019-continuous-years);
 *   - hiring-age-balance-younger: age mix as a reason to prefer the younger applicant (LDO cases);
 * adds the kindergarten advertisement rule (forskrift om politiattest i barnehager § 4) to mun-police-certificate-kindergarten
 * and hiring-police-certificate, and phrasings to inc-dugnad-results, ad-writing-inclusive-tips,
 * state-ad-content, state-trainee-reserved-target-group and tg-invisible-disability (so that a municipal asker meets the
 * general entry, not the state's definition). Sources read 2026-12-02: Difi «Dette skal du rapportere»
 * (reporting year 2019, published 12.11.2019), DFØ «Dette skal du rapportere» (reporting year 2021), Difi «Hva er
 * inkluderingsdugnaden?», Difi's trainee-programme page and «Ofte stilte spørsmål frå trainee-søkarar», DFØ «Til deg som
 * ønsker å bli ansatt gjennom traineeprogrammet», Lovdata (forskrift om politiattest i barnehager, forskrift til
 * opplæringslova kap. 15), Udir on police certificates in kindergartens, regjeringen.no Prop. 57 L (2022–2023) ch. 52,
 * LDO cases 07/1539, 14/1930 and 14/1321. Changed entries keep their lastReviewed.
 */
import { describe, expect, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';
import { createKnowledgeIndex } from '../search/index.js';
import { loadCuratedEntries } from './index.js';

const DAY = '2026-12-02';

const NEW = ['tg-disability-kinds', 'cv-gap-definition-2019-reporting', 'hiring-age-balance-younger'] as const;

describeHouseStyle('round nineteen target entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round nineteen target entries say what their sources say',
  [
    // DFØ, Dette skal du rapportere (2021): «Søker som oppgir å ha en funksjonsnedsettelse som vil kreve tilrettelegging …»
    ['tg-disability-kinds', /en som \*\*oppgir\*\* å ha en funksjonsnedsettelse som vil kreve tilrettelegging/],
    // Difi, Traineeprogrammet: kognitiv = «redusert evne til mentale prosesser som hukommelse, språk, informasjonsbearbeidelse, problemløsning …»
    ['tg-disability-kinds', /hukommelse, språk, informasjonsbearbeidelse og problemløsning/],
    // Difi, Traineeprogrammet / Ofte stilte spørsmål frå trainee-søkarar: «kan skyldes sykdom, skade eller være medfødt»
    ['tg-disability-kinds', /skyldes sykdom eller skade, for eksempel etter en ulykke, eller være medfødt/],
    // Difi, Ofte stilte spørsmål frå trainee-søkarar: not temporary, not so slight that it hardly reduces function
    ['tg-disability-kinds', /heller ikke være forbigående eller bagatellmessig/],
    // Difi, Dette skal du rapportere (reporting year 2019): «i minst to sammenhengende år»
    ['cv-gap-definition-2019-reporting', /minst 2 år \*\*sammenhengende\*\*/],
    // DFØ, Dette skal du rapportere (2021) / statsansatteforskriften § 4a: two years in total within the last five
    ['cv-gap-definition-2019-reporting', /til sammen minst 2 år av de siste 5 år på søknadstidspunktet/],
    // Difi 2019: «Person som har krysset av for nedsatt funksjonsevne i søknaden eller som har en funksjonsnedsettelse som vil kreve tilrettelegging»
    ['cv-gap-definition-2019-reporting', /hadde krysset av i søknaden, \*\*eller\*\* som hadde en funksjonsnedsettelse som ville kreve tilrettelegging/],
    // Difi 2019: «fra 1. april 2019 kan du telle nyansettelser i midlertidige stillinger»
    ['cv-gap-definition-2019-reporting', /fra 1\. april 2019 kunne også midlertidige nyansettelser telles med/],
    // Lovdata, forskrift om politiattest i barnehager § 4: the advertisement must say it, not attached to the application;
    // only from the applicant offered the post, with a reservation in the offer
    ['mun-police-certificate-kindergarten', /gjøre søkerne oppmerksom på at det vil bli krevd politiattest ved ansettelse, men at attesten ikke skal legges ved søknaden/],
    ['mun-police-certificate-kindergarten', /kreves bare av søkeren som får tilbud, og tilbudet skal ta forbehold/],
    ['hiring-police-certificate', /I barnehage er det et krav: utlysningsteksten skal si at politiattest vil bli krevd/],
    // LDO 07/1539: age mix can be a saklig grunn, but necessary and not disproportionate; the school had no concrete reason
    ['hiring-age-balance-younger', /fornuftig alderssammensetning kan være en saklig grunn/],
    ['hiring-age-balance-younger', /ingen konkret begrunnelse, det gjaldt bare tre ansatte, og den fravek kvalifikasjonskravene/],
    // LDO 14/1930: the district court's wish for «foryngelse» was discrimination
    ['hiring-age-balance-younger', /«foryngelse», diskriminerte en bedre kvalifisert eldre søker/],
  ],
  DAY,
);

// This round's probe questions (written before the entries were changed), with the asker's sector.
describeRoutedQuestions(
  'round nineteen target manager questions reach the entry that holds the fact',
  [
    ['kan vi skrive ut en midlertidig barnehagestilling uten å nevne politiattest', 'municipal', 'mun-police-certificate-kindergarten'],
    // what «nedsatt funksjonsevne» covers
    ['Teller kognitive vansker som hukommelsesproblemer som nedsatt funksjonsevne?', 'state', 'tg-disability-kinds'],
    ['regnes en søker med dårlig hukommelse og treg prosessering med i målgruppen?', 'state', 'tg-disability-kinds'],
    ['Søker har migrene men trenger ingen tilrettelegging, teller hen i 5 prosentmålet?', 'state', 'tg-disability-kinds'],
    ['har diabetes som er godt behandlet, skal vi rapportere hen som nedsatt funksjonsevne', 'state', 'tg-disability-kinds'],
    ['Teller konsentrasjonsvansker og nedsatt hukommelse som funksjonsnedsettelse hos oss i etaten?', 'state', 'tg-disability-kinds'],
    ['Kva med ein søkjar med kognitive vanskar, er ho i målgruppa?', 'state', 'tg-disability-kinds'],
    ['Teller det som nedsatt funksjonsevne hvis søkeren har problemer med korttidsminnet?', 'state', 'tg-disability-kinds'],
    ['Er ADHD og hukommelsesvansker med i definisjonen av nedsatt funksjonsevne?', 'state', 'tg-invisible-disability'],
    // the trainee programme: acquired disability, part time, open advertisement
    ['Må funksjonsnedsettelsen være medfødt for traineeprogrammet?', 'state', 'tg-disability-kinds'],
    ['søker ble skadet i en ulykke for to år siden, kan hen søke traineeprogrammet', 'state', 'tg-disability-kinds'],
    ['teller en ervervet skade like mye som en medfødt funksjonsnedsettelse i etaten?', 'state', 'tg-disability-kinds'],
    ['Kan en med ervervet hjerneskade søke på traineestilling i direktoratet?', 'state', 'tg-disability-kinds'],
    ['Er ein søkjar som vart skadd i ei ulukke med i målgruppa for traineeprogrammet?', 'state', 'tg-disability-kinds'],
    ['Kan en som bare kan jobbe deltid være trainee i staten?', 'state', 'state-trainee-work-capacity'],
    ['Kan en trainee i staten jobbe i deltidsstilling?', 'state', 'state-trainee-work-capacity'],
    ['kan vi lyse ut traineestillingen åpent og bare oppfordre målgruppen til å søke?', 'state', 'state-trainee-reserved-target-group'],
    ['kan vi lyse ut trainee stilling åpent for alle og skrive at målgruppen oppfordres', 'state', 'state-trainee-reserved-target-group'],
    ['Må traineestillingen lyses ut bare for målgruppen, eller kan alle søke?', 'state', 'state-trainee-reserved-target-group'],
    // the CV-gap definition in 2019
    ['var definisjonen av hull i cv annerledes i 2019?', 'state', 'cv-gap-definition-2019-reporting'],
    ['kan vi sammenligne tallene for hull i cv fra 2019 med i dag', 'state', 'cv-gap-definition-2019-reporting'],
    ['hull i cv 2019 definisjon sammenhengende', 'state', 'cv-gap-definition-2019-reporting'],
    ['direktoratet skal sammenligne inkluderingstall over flere år, har definisjonen endret seg?', 'state', 'cv-gap-definition-2019-reporting'],
    ['Gjaldt to sammenhengende år som hull i CV-en før 2020?', 'state', 'cv-gap-definition-2019-reporting'],
    ['Kva definisjon av hol i CV-en gjaldt før 2020?', 'state', 'cv-gap-definition-2019-reporting'],
    ['Vi skal vise utviklingen i inkluderingstall fra 2019 til i dag, er tallene sammenlignbare?', 'state', 'cv-gap-definition-2019-reporting'],
    // the 5 % goal in figures
    ['hvor langt unna var staten 5 prosentmålet?', 'state', 'inc-dugnad-results'],
    ['hvor langt fra 5 prosent var statlige virksomheter?', 'state', 'inc-dugnad-results'],
    ['Nådde staten femprosentmålet i 2020?', 'state', 'inc-dugnad-results'],
    // Since 2026-12-03 this reaches r25's entry with the 2019 share (274 of 12 691), which answers it.
    ['hvor mange prosent av nyansatte i staten var i målgruppen i 2019?', 'state', 'inc-five-percent-in-numbers'],
    ['hvor mange nyansatte er 5 prosent?', 'state', 'inc-inkluderingsdugnaden'],
    // qualification requirements in the advertisement
    ['hvordan skrive kvalifikasjonskrav så vi ikke skremmer bort søkere med hull i cv', 'state', 'ad-writing-inclusive-tips'],
    ['Hvordan unngår vi at kravene i annonsen skremmer bort folk med funksjonsnedsettelse?', 'state', 'ad-writing-inclusive-tips'],
    ['Hvordan skal kommunen formulere kravene i annonsen så folk med hull i CV-en søker?', 'municipal', 'ad-writing-inclusive-tips'],
    ['Hvordan kan vi skrive kvalifikasjonskrava slik at folk med hol i CV-en søkjer?', 'municipal', 'ad-writing-inclusive-tips'],
    // police certificate in the advertisement
    ['Må det stå i annonsen at politiattest kreves i barnehagen?', 'municipal', 'hiring-police-certificate'],
    ['må søkerne sende politiattest sammen med søknaden til barnehagen?', 'municipal', 'mun-police-certificate-kindergarten'],
    ['Skal det stå i utlysinga at ein må ha politiattest i barnehagen?', 'municipal', 'mun-police-certificate-kindergarten'],
    ['skal vi skrive i utlysningen at det kreves politiattest for barnehageassistent', 'municipal', 'mun-police-certificate-kindergarten'],
    ['Skal barnehagen skrive i annonsen at politiattest må leveres?', 'municipal', 'mun-police-certificate-kindergarten'],
    ['Politiattest i stillingsannonse for lærer, må det med?', 'municipal', 'mun-police-certificate-school'],
    ['Må utlysningen av lærerstillingen si at politiattest kreves?', 'municipal', 'mun-police-certificate-school'],
    ['Er det krav om å nevne politiattest i annonsen for barnehagejobber?', undefined, 'hiring-police-certificate'],
    ['Må annonsen for barnehagelærer nevne politiattest?', undefined, 'hiring-police-certificate'],
    ['Skal kravet om politiattest stå i utlysningen i staten?', 'state', 'state-ad-content'],
    // pay in a state advertisement
    ['må lønn stå i statlig stillingsannonse', 'state', 'state-ad-content'],
    // Round 21 (r21-state-hiring): salary in a state ad has its own entry now (PM-2013-7).
    ['Må direktoratet oppgi lønnsspenn i utlysningen?', 'state', 'state-ad-salary-code'],
    ['Må lønnen oppgis i stillingsannonsen i etaten?', 'state', 'state-ad-content'],
    // the younger of two applicants
    ['Kan vi velge den yngste av to like kvalifiserte fordi mange snart går av?', 'municipal', 'hiring-age-balance-younger'],
    ['Kan etaten velge den yngre søkeren når flere kolleger snart slutter?', 'state', 'hiring-age-balance-younger'],
    ['kan vi ansette den yngste for å få ned snittalderen i kommunen', 'municipal', 'hiring-age-balance-younger'],
    ['To søkere er like gode, kan vi ta den yngste?', undefined, 'hiring-age-balance-younger'],
    ['Kan vi legge vekt på alderssammensetningen når vi velger mellom to søkere?', 'state', 'hiring-age-balance-younger'],
    ['Kan vi velje den yngre søkjaren fordi mange i eininga snart sluttar?', 'municipal', 'hiring-age-balance-younger'],
    ['direktoratet vil ha yngre folk fordi snittalderen er høy, kan vi velge den yngste?', 'state', 'hiring-age-balance-younger'],
    ['Er det aldersdiskriminering å velge den yngste når to er like kvalifisert?', undefined, 'hiring-age-balance-younger'],
  ],
  DAY,
);

// The two new state entries hold the state's definitions: a municipal manager asking the same is not given them.
describe('round nineteen state definitions are not a municipal answer', () => {
  const index = createKnowledgeIndex(loadCuratedEntries(), { date: DAY });
  const STATE_ONLY = ['tg-disability-kinds', 'cv-gap-definition-2019-reporting'];
  it.each([
    'Teller kognitive vansker med i målgruppen hos oss i kommunen?',
    'regnes hukommelsesproblemer som funksjonsnedsettelse i kommunen',
    'Må funksjonsnedsettelsen være medfødt for å få øremerket stilling i kommunen?',
    'var hull i cv definert annerledes i 2019 i kommunen?',
  ])('%s', (question) => {
    const r = index.answer(question, { sector: 'municipal' });
    const shown = r.bySector ? [r.bySector.state.id, r.bySector.municipal.id] : [r.entry?.id];
    expect(r.answered && shown.some((id) => id !== undefined && STATE_ONLY.includes(id)), `answered with ${shown.join(', ')}`).toBe(false);
  });
});

describe('round nineteen target known misses', () => {
  it.todo('no DFØ reporting page after the reporting year 2021 was read; cv-gap-definition-2019-reporting compares 2019 with § 4a and DFØ’s 2021 definitions only');
  it.todo(
    'the school rule (forskrift til opplæringslova kap. 15, read in its 2006 version) is left to mun-police-certificate-school; the regulation under the new opplæringslova was not read this round',
  );
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round nineteen known misses are still missed',
  [
    [
      'Kan vi velge den yngste av to like kvalifiserte fordi mange snart går av med pensjon?',
      'state',
      'hiring-age-balance-younger',
      'refused as off-topic (pension) by the scope check',
    ],
    [
      'en søker har astma som er under kontroll og trenger ingenting, skal vi telle henne i årsrapporten',
      'state',
      'tg-disability-kinds',
      'below the answer threshold; tg-count-without-tick is suggested',
    ],
    ['må vi opplyse om politiattest i utlysningsteksten for skole og sfo', 'municipal', 'mun-police-certificate-school', 'below the answer threshold'],
    ['skal det stå i annonsen for sfo-jobben at det kreves politiattest', 'municipal', 'mun-police-certificate-school', 'goes to state-ad-content'],
    [
      'Kan vi prioritere en yngre søker for å sikre generasjonsskifte i kommunen?',
      'municipal',
      'hiring-age-balance-younger',
      'below the answer threshold; hiring-age-balance-younger is suggested',
    ],
  ],
  DAY,
);
