/**
 * A light screen for personal data in free text that the bot would store: NAV order fields, questions
 * sent to HR, feedback comments, vacancy titles and units. A text that looks like it holds a name, a
 * date of birth, a national identity number, or health, substance-use or prison details about a person
 * gets a friendly request to rewrite it, and nothing is stored until then.
 *
 * Why: the bot promises not to keep data about candidates (README, «Privacy»). The rules it follows:
 * - personopplysningsloven (LOV-2018-06-15-38, in force 20 July 2018) with GDPR art. 5(1)(c) (data
 *   minimisation): nothing about a person that the purpose does not need;
 * - GDPR art. 9 (health, «særlige kategorier») and art. 10 (criminal convictions and offences);
 * - personopplysningsloven § 12 (national identity numbers only where strictly needed). A fødselsnummer
 *   has eleven digits: the date of birth (ddmmyy) and a five-digit personnummer (Skatteetaten; in use
 *   since 1 October 1964).
 *
 * It is a screen, not a guarantee: it catches the usual ways a manager writes about a person (a common
 * Norwegian given name or surname, «kandidaten heter …», «født 01.02.1985», eleven digits, a diagnosis or
 * a drug by name, or «han har sonet» / «hun er sykemeldt»), and lets general questions about a group
 * through («Kan vi ansette en som har sonet?»). Linear in the length of the text.
 */

export type PersonalDataKind = 'name' | 'birthDate' | 'nationalId' | 'health' | 'drugs' | 'prison';

export interface Screening {
  ok: boolean;
  kinds: PersonalDataKind[];
}

export interface ScreenOptions {
  /**
   * Flag diagnoses and drugs named anywhere (default true). Off for vacancy titles and units, where a
   * word like «demens» or «rus» names the unit's field of work, not a person.
   */
  namedConditions?: boolean;
}

// Common Norwegian given names (SSB's most common first names, plus frequent names of other origins),
// lower case. A capitalised one in running text is read as a name.
const GIVEN_NAMES = new Set(
  (
    'ola kari jan anne ole inger lars kristin knut marit arne ingrid kjell liv bjørn eva svein grete hans berit geir astrid ' +
    'thomas randi terje anna tor bjørg john solveig odd hilde morten ragnhild erik marianne andreas nina martin elisabeth ' +
    'rune silje trond karin harald ida olav tone jon gunn magnus camilla einar heidi kristian tove jørgen wenche anders ' +
    'elin espen maria gunnar monica jens else stein ellen jonas turid daniel torill christian hanne henrik line fredrik ' +
    'sissel tore kirsten petter mona øyvind bente nils unni sverre jorunn kristoffer kjersti sander marte mathias julie ' +
    'emil emma jakob nora william sara oskar sofie filip ingeborg kasper maja lukas thea aksel ella sigurd leah isak vilde ' +
    'mohammed muhammad ahmed ali fatima aisha omar hassan amina yusuf abdi mustafa piotr anna tomasz katarzyna ' +
    'jonas linnea tobias hedda vegard ragnar aslak torunn hallvard sigrid asbjørn gudrun halvor oddny leif jorid steinar ' +
    'kåre sølvi roar laila vidar reidun frode trine stian vibeke eirik silje håkon therese torbjørn siri kenneth tonje ' +
    'ronny ann inga synnøve gro eli torild aud ove bodil tor-arne karl johan'
  ).split(' '),
);
// Given names that are also ordinary words when they start a sentence (Per, Mai, Liv, Sol, Hans …):
// read as a name only inside a sentence, or followed by a surname.
const AMBIGUOUS_GIVEN = new Set(['per', 'mai', 'liv', 'sol', 'hans', 'tor', 'eli', 'bo', 'ask', 'vår', 'unn', 'aud', 'karl', 'johan', 'line', 'else', 'ellen', 'tone', 'stein']);
// Common Norwegian surnames (SSB), lower case; most end in -sen and are caught by that too.
const SURNAMES = new Set(
  (
    'nordmann hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen johnsen pettersen eriksen ' +
    'berg haugen hagen johannessen andreassen jacobsen dahl jørgensen halvorsen henriksen lund sørensen jakobsen moen ' +
    'gundersen iversen strand solberg svendsen eide knutsen martinsen paulsen bakken kristoffersen mathisen lie amundsen ' +
    'nguyen rasmussen ali lunde solheim berge moe nygård bakke kristensen fredriksen holm lien hauge christensen ' +
    'andresen nielsen knudsen evensen sæther aas myhre hanssen ahmed haugland thomassen sivertsen simonsen danielsen ' +
    'berntsen sandvik rønning arnesen antonsen næss vik haug ellingsen thorsen edvardsen birkeland isaksen gulbrandsen ' +
    'ruud aasen strøm myklebust tangen ødegård eliassen helland bøe jenssen aune mikkelsen tveit brekke abrahamsen madsen ' +
    'khan hussain mohamed nowak kowalski wiik'
  ).split(' '),
);
// Surnames that are also ordinary words or places: a name only right after a given name.
const AMBIGUOUS_SURNAMES = new Set([
  'berg',
  'lund',
  'strand',
  'dahl',
  'holm',
  'vik',
  'moe',
  'lie',
  'haug',
  'bakke',
  'aas',
  'eide',
  'moen',
  'bakken',
  'lien',
  'hagen',
  'haugen',
  'strøm',
  'brekke',
  'tveit',
  'solberg',
  'ruud',
  'hauge',
  'berge',
  'lunde',
  'tangen',
  'aune',
  'næss',
  'ali',
]);
// Capitalised words that are not names (organisations, acts, places a manager names) even when they end in -sen.
const NOT_NAMES = new Set(['nav', 'hr', 'ks', 'dfø', 'ia', 'cv', 'statens', 'staten', 'oslo', 'bergen', 'trondheim', 'stavanger', 'tromsø', 'teams', 'inn', 'jobb']);

/** Diagnoses, conditions and drugs named outright: flagged wherever they appear (as whole words). */
const NAMED_HEALTH = new Set(
  (
    'kreft kreften brystkreft lungekreft prostatakreft tarmkreft leukemi diabetes diabetiker schizofreni schizofren bipolar ' +
    'depresjon depresjonen deprimert adhd autisme autist asperger epilepsi epileptiker psykose psykosen ptsd demens ' +
    'alzheimer alzheimers parkinson parkinsons hiv aids anoreksi bulimi spiseforstyrrelse spiseforstyrrelser angstlidelse ' +
    'sklerose hjerneslag hjerneskade kols'
  ).split(' '),
);
const NAMED_DRUGS = new Set(
  'heroin amfetamin kokain hasj cannabis narkotika narkotikadom narkoman narkomane rusmisbruker rusmisbrukere alkoholiker alkoholisme metadon subutex'.split(' '),
);

/** General words: personal data only in a statement about a particular person («han har sonet»). */
const CONTEXT_WORDS: Array<[PersonalDataKind, (w: string) => boolean]> = [
  ['drugs', (w) => w.startsWith('rus') || w.startsWith('alkohol') || w === 'avrusning' || w === 'misbruk' || w === 'rusproblemer'],
  [
    'prison',
    (w) =>
      w.startsWith('fengsel') ||
      w.startsWith('soning') ||
      ['sonet', 'soner', 'sone', 'dømt', 'straffedømt', 'domfelt', 'kriminell', 'straffet', 'rulleblad', 'varetekt', 'dom'].includes(w),
  ],
  [
    'health',
    (w) =>
      [
        'syk',
        'sykdom',
        'sykdommen',
        'sykemeldt',
        'ufør',
        'uføretrygdet',
        'diagnose',
        'diagnosen',
        'diagnostisert',
        'innlagt',
        'behandling',
        'psykisk',
        'psykiske',
        'angst',
        'funksjonsnedsettelse',
        'funksjonsevne',
        'helseproblemer',
        'utbrent',
      ].includes(w),
  ],
];
/** Words that point at one particular person. */
const PERSON_REFS = new Set([
  'han',
  'hun',
  'hen',
  'ham',
  'henne',
  'kandidaten',
  'søkeren',
  'ansatte',
  'medarbeideren',
  'arbeidstakeren',
  'personen',
  'vikaren',
  'kollegaen',
  'kollegaen',
  'lederen',
  'sønnen',
  'datteren',
]);
/** Verbs of a statement about someone («har», «er», «sitter» …), before the general word. */
const STATEMENT_VERBS = new Set(['har', 'hadde', 'er', 'var', 'sitter', 'satt', 'soner', 'sonet', 'fikk', 'ble', 'sliter', 'lider', 'går', 'gikk', 'blir', 'skal']);

const NATIONAL_ID = /(?<!\d)\d{6} ?\d{5}(?!\d)/;
const BIRTH =
  /(?:^|[^\p{L}])(?:født|fødd|f\.|fødselsdato|fødselsdag|bursdag)[ :]{0,3}(?:den |i |år )?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? ?\p{L}{3,9} \d{4}|\d{4}|\d{6})/iu;
const NAME_INTRO = /(?:[Hh]eter|[Nn]avnet (?:hans|hennes|er)|[Kk]andidaten|[Ss]økeren|[Vv]ikaren|[Mm]edarbeideren|[Aa]rbeidstakeren) \p{Lu}\p{Ll}{1,20}/u;

interface Word {
  text: string;
  lower: string;
  capitalised: boolean;
  sentenceStart: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    // What stands between the previous word and this one decides whether a sentence starts here.
    const gap = text.slice(prevEnd, m.index);
    const mark = gap.replace(/[\s«»"“”'(]+/g, '').at(-1);
    out.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      capitalised: /^\p{Lu}\p{Ll}/u.test(m[0]),
      sentenceStart: out.length === 0 ? !mark || '.!?:'.includes(mark) : mark !== undefined && '.!?:'.includes(mark) ? true : /\n/.test(gap),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

function hasName(ws: Word[], text: string): boolean {
  if (NAME_INTRO.test(text)) return true;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w.capitalised || NOT_NAMES.has(w.lower)) continue;
    const first = w.lower.split('-')[0];
    const next = ws[i + 1];
    const surnameNext = !!next && next.capitalised && !NOT_NAMES.has(next.lower) && (SURNAMES.has(next.lower) || /sen$|son$/.test(next.lower) || !next.sentenceStart);
    if (GIVEN_NAMES.has(first) || AMBIGUOUS_GIVEN.has(first)) {
      const ambiguous = AMBIGUOUS_GIVEN.has(first);
      // A given name that is no ordinary word is a name anywhere; «Per» or «Liv» only inside a sentence or before a surname.
      if (!ambiguous || surnameNext || !w.sentenceStart) return true;
      continue;
    }
    if ((SURNAMES.has(w.lower) && !AMBIGUOUS_SURNAMES.has(w.lower)) || (w.lower.length >= 5 && /sen$/.test(w.lower) && !w.sentenceStart)) return true;
  }
  return false;
}

/** A general word in a statement about a particular person: a person word, then a verb, then the word, close together. */
function statementKinds(ws: Word[], hasPerson: boolean): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  for (let i = 0; i < ws.length; i++) {
    if (!PERSON_REFS.has(ws[i].lower) && !(hasPerson && ws[i].capitalised && !ws[i].sentenceStart)) continue;
    let verbAt = -1;
    for (let j = i + 1; j < Math.min(ws.length, i + 4); j++)
      if (STATEMENT_VERBS.has(ws[j].lower)) {
        verbAt = j;
        break;
      }
    if (verbAt < 0) continue;
    for (let k = verbAt; k < Math.min(ws.length, verbAt + 8); k++) for (const [kind, test] of CONTEXT_WORDS) if (test(ws[k].lower)) found.add(kind);
  }
  return [...found];
}

/** Screens a text; `ok` when nothing that looks like personal data was found. */
export function screenPersonalData(text: string, opts: ScreenOptions = {}): Screening {
  const t = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const kinds = new Set<PersonalDataKind>();
  const ws = words(t);
  const name = hasName(ws, t);
  if (name) kinds.add('name');
  if (NATIONAL_ID.test(t)) kinds.add('nationalId');
  if (BIRTH.test(t)) kinds.add('birthDate');
  if (opts.namedConditions !== false) {
    for (const w of ws) {
      if (NAMED_HEALTH.has(w.lower)) kinds.add('health');
      if (NAMED_DRUGS.has(w.lower)) kinds.add('drugs');
    }
  }
  for (const k of statementKinds(ws, name)) kinds.add(k);
  const order: PersonalDataKind[] = ['name', 'birthDate', 'nationalId', 'health', 'drugs', 'prison'];
  const list = order.filter((k) => kinds.has(k));
  return { ok: list.length === 0, kinds: list };
}

const LABELS: Record<PersonalDataKind, string> = {
  name: 'et navn',
  birthDate: 'en fødselsdato',
  nationalId: 'et fødselsnummer',
  health: 'helseopplysninger',
  drugs: 'opplysninger om rus',
  prison: 'opplysninger om straff eller soning',
};

function joinNorwegian(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/** What the user is asked, in Norwegian: what seems to be there, and to write it again without it. Nothing was stored. */
export function personalDataMessage(kinds: readonly PersonalDataKind[], subject: string): string {
  return `${subject} ser ut til å inneholde ${joinNorwegian(kinds.map((k) => LABELS[k]))}. Skriv det om uten opplysninger om enkeltpersoner – ikke navn, fødselsdato, fødselsnummer, helse, rus eller soning – så tar jeg imot det. Ingenting er lagret.`;
}

/** The short form, under a form field. */
export function personalDataFieldError(kinds: readonly PersonalDataKind[]): string {
  return `Ser ut til å inneholde ${joinNorwegian(kinds.map((k) => LABELS[k]))}. Skriv uten personopplysninger.`;
}

/** How long such texts are kept, in days, when nothing else is configured. */
export const DEFAULT_TEXT_RETENTION_DAYS = 90;
