/**
 * Round twenty-six (r26-target-uu): composing the interview panel when applicants have a disability or a minority
 * background (new), and facts added to entries where managers' questions about the target group, the reporting and
 * accommodation already land: hiring-structured-interview (LDO on other and less relevant questions; HK-dir on accent
 * and language requirements), state-administrative-appointment (DFØ counted administrative temporary hires in the
 * inclusion figures), acc-autism-at-work (NAV's mentor grant when someone has been out of work), and phrasings for
 * tg-cv-gap-employed-now, tg-disability-kinds, state-appointment-complaint, hiring-uu-vs-accommodation,
 * state-inclusion-reporting and acc-conflicting-needs. Sources read 2026-12-03: LDO «Likestilt rekruttering – spørreforbud»
 * (tests and the interview), DFØ's e-learning course «Mangfoldsrekruttering», MIKA (IMDi) «Ressurser» and «Om
 * nettstedet», HK-dir «Unngå diskriminering når du ansetter», DFØ «Dette skal du rapportere», nav.no «Mentortilskudd».
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-six target-group and interview entries keep the house style', ['hiring-interview-panel-diversity'], { day: DAY, english: true });

describeFacts(
  'round twenty-six entries say what their sources say',
  [
    // LDO «Likestilt rekruttering»: strive for a panel marked by diversity; a person with minority background or disability can give extra safety
    ['hiring-interview-panel-diversity', /tilstrebe et intervjupanel preget av mangfold/],
    ['hiring-interview-panel-diversity', /ekstra trygghet for søkere med etnisk minoritetsbakgrunn/],
    // LDO: do not ask applicants with minority background or disability other and less relevant questions
    ['hiring-interview-panel-diversity', /andre og mindre relevante spørsmål/],
    // LDO: make sure the interview room is physically accessible
    ['hiring-interview-panel-diversity', /intervjulokalet er fysisk tilgjengelig/],
    // DFØ e-learning «Mangfoldsrekruttering»: we tend to recruit people like ourselves; unconscious attitudes and stereotypes
    ['hiring-interview-panel-diversity', /tendens til å rekruttere personer som er lik oss selv/],
    ['hiring-interview-panel-diversity', /ubevisste holdninger og stereotypier/],
    // MIKA (IMDi) checklist: a diverse hiring committee, one assessment form for all, the interview form from the job analysis
    ['hiring-interview-panel-diversity', /mangfoldig ansettelsesutvalg, lage et vurderingsskjema som alle i utvalget bruker/],
    // hiring-structured-interview, extended: LDO (other and less relevant questions), HK-dir (accent as dialects)
    ['hiring-structured-interview', /\*\*andre og mindre relevante spørsmål\*\* enn de andre søkerne/],
    ['hiring-structured-interview', /like stor toleranse for utenlandsk aksent som for norske dialekter/],
    // state-administrative-appointment, extended: DFØ «Dette skal du rapportere» counted temporary administrative hires
    ['state-administrative-appointment', /\*\*midlertidige administrative ansettelser\*\*, på linje med faste og ordinære midlertidige stillinger/],
    // acc-autism-at-work, extended: nav.no «Mentortilskudd» – also when needed to get or keep ordinary work; tied to a NAV office
    ['acc-autism-at-work', /nødvendig for at en person med nedsatt arbeidsevne skal få eller beholde ordinært arbeid/],
    ['acc-autism-at-work', /tilknyttet et NAV-kontor/],
    // tg-cv-gap-employed-now (phrasings added): the time of application decides, not the hire (DFØ)
    ['tg-cv-gap-employed-now', /Søknadstidspunktet avgjør\*\* – ikke når intervjuet eller ansettelsen skjer/],
    // state-appointment-complaint (phrasing added): Innst. O. nr. 4 (1994–95) – appointment decisions are exempt from giving reasons and from appeal (fvl. § 3 second paragraph)
    ['state-appointment-complaint', /\*\*forvaltningsloven § 3 andre ledd\*\* unntar ansettelsesvedtak fra reglene om \*\*begrunnelse, klage og omgjøring\*\*/],
    // Phrasings added so managers' questions reach these entries; the facts that answer them stay:
    // hiring-uu-vs-accommodation – individual aids do not make a solution that breaks the requirements lawful
    ['hiring-uu-vs-accommodation', /tilrettelegging for én søker gjør ikke en løsning som bryter kravene, lovlig/],
    // tg-disability-kinds – DFØ: the definition requires a need for accommodation, so a well-treated condition without one falls outside
    ['tg-disability-kinds', /\*\*Godt behandlet, uten behov for tilrettelegging:\*\* faller utenfor/],
    // state-inclusion-reporting – DFØ «Dette skal du rapportere»: ordinary temporary posts count
    ['state-inclusion-reporting', /faste og ordinære midlertidige stillinger/],
    // acc-conflicting-needs – LDO 17/586: allergy versus a colleague's service dog
    ['acc-conflicting-needs', /undersøkte om servicehunden var nødvendig/],
    // tg-disability-kinds (phrasing added): cognitive includes memory and information processing (Difi, Traineeprogrammet)
    ['tg-disability-kinds', /hukommelse, språk, informasjonsbearbeidelse og problemløsning/],
  ],
  DAY,
);

describeRoutedQuestions(
  'round twenty-six manager questions reach the entries that answer them',
  [
    ['Bør vi ha noen med funksjonsnedsettelse i panelet når vi intervjuer kandidater som har det?', undefined, 'hiring-interview-panel-diversity'],
    ['Hvordan unngår vi ubevisste fordommer i intervjuet mot søkere med innvandrerbakgrunn?', undefined, 'hiring-interview-panel-diversity'],
    ['Vi ansatte en kandidat administrativt i fem måneder uten utlysning – kommer det med i inkluderingstallene?', 'state', 'state-administrative-appointment'],
    ['Er det situasjonen når hun søkte eller når hun ble ansatt som avgjør om hun har hull i CV-en?', 'state', 'tg-cv-gap-employed-now'],
    ['Søkeren var arbeidsledig i tre år, men har nå et vikariat hos en annen arbeidsgiver – teller hull i CV-en?', 'state', 'tg-cv-gap-employed-now'],
    ['Teller hukommelsesvansker som funksjonsnedsettelse når vi rapporterer målgruppen?', 'state', 'tg-disability-kinds'],
    ['Vi skal ansette en med autisme som har vært lenge utenfor arbeidslivet – hvordan legger vi til rette?', undefined, 'acc-autism-at-work'],
    ['Holder det å gi søkeren skjermleser i stedet for å rette feilene i søknadsportalen?', undefined, 'hiring-uu-vs-accommodation'],
    ['En nyansatt har diabetes som er godt regulert og trenger ingenting – skal hun telles i inkluderingsrapporten?', 'state', 'tg-disability-kinds'],
    ['Teller sommervikarer med i tallene for nyansatte i målgruppen?', 'state', 'state-inclusion-reporting'],
    ['En kollega har astma og tåler ikke servicehunden til den nye medarbeideren – hva gjør vi?', undefined, 'acc-conflicting-needs'],
  ],
  DAY,
);
