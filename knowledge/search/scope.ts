/**
 * Is a question about inclusive hiring at all? Decided from the whole question, not from the best
 * score: an HR question of another kind (pay, holidays and leave, sick leave of current staff, IT,
 * travel, pensions) is refused with a pointer even when it shares words with an entry, unless it also
 * speaks of hiring, candidates or NAV's measures ("vikar for en sykmeldt" is ours, "egenmelding" is not).
 * A question about the asker's own terms ("hvor mye ferie har jeg?") is refused the same way.
 */
import { analyze } from './analyze.js';
import { foldText } from './fold.js';
import { groupTerm, type Concept } from './terms.js';

export type OffTopic = 'pay' | 'leave' | 'sickleave' | 'it' | 'travel' | 'pension' | 'task' | 'own';

/** Folded word patterns (prefixes of words) per off-topic kind. */
const OFF_TOPICS: Record<Exclude<OffTopic, 'task' | 'own'>, RegExp> = {
  pay: /\b(nar (kommer|far (vi|jeg|eg)|betales|utbetales) (lonn|lonna|lonnen|lonninga)\b|(lonn|lonna|lonnen) (kommer|utbetales|blir utbetalt|betales ut)|lonnsslipp\w*|lonningsdag\w*|lonnsutbetal\w*|utbetal\w*|feriepeng\w*|skattetrekk\w*|skattekort\w*|lonnsokning\w*|lonnsforhandl\w*|lonnsoppgjor\w*|lonnstrinn\w*|overtid\w*|lonnsramme\w*|lonna mi|min lonn|lonnskontor\w*|\w*forskudd\w*|payslip|salary increase|payday)/,
  leave:
    /\b(ferie\w*|fridag\w*|avspaser\w*|fleksitid\w*|velferdspermisjon\w*|foreldrepermisjon\w*|pappapermisjon\w*|permisjon\w*|foreldrepenger\w*|helligdag\w*|hjemmekontor(?!forskrift)\w*|vacation|holiday\w*|parental leave)|\b(barnet|barna|ungen|ungene|sonnen|dattera|datteren) (mitt|mine|min|mi)\b|\b(mitt|mine|min) (barn|unger|sonn|datter)\b/,
  sickleave:
    /\b(egenmelding\w*|sykepenger\w*|sjukepengar\w*|sykmeld\w*|sykemeld\w*|sjukmeld\w*|sykefravaer\w*|sykefravær\w*|sjukefravaer\w*|sjukefravær\w*|sykt barn|syke barn|bedriftshelsetjeneste\w*|sick leave|sick pay)/,
  it: /\b(passord\w*|pc(en)?|datamaskin\w*|printer\w*|skriveren|skriverne|(?:en|ny|min|var) skriver\b|outlook|vpn|wifi|wi-fi|nettverket (er nede|virker ikke|funker ikke|fungerer ikke|er tregt)|nettverksproblem\w*|innlogging\w*|logge (inn|pa)|logget inn|e-?post(en)?|mobiltelefon\w*|programvare\w*|installer\w*|brukerkonto\w*|it-?support|helpdesk|password|laptop|software)\b/,
  // «travel» alone is Norwegian for busy («en travel periode»); only the English phrases are travel.
  travel: /\b(reise\w*|diett\w*|kilometergodtgjor\w*|flybillett\w*|hotell\w*|togbillett\w*|travel (?:expense|claim|allowance|booking)\w*|business travel|travelling|per diem)/,
  pension: /\b(pensjon\w*|spk|klp|afp|tjenestepensjon\w*|pension\w*|retire\w*)/,
};

/**
 * A request for work rather than a question ("kan du oversette dette til engelsk?", "skriv et dikt"): the guide
 * answers from its knowledge base and does not translate, write or summarise text. Folded text, from the start.
 */
const TASK =
  /^\s*(?:(?:kan|kunne|vil|gidder) (?:du|dere) (?:\w+ )?|(?:hjelp meg (?:a|med a) ))?(?:oversett\w*|skrive?\b|lag|lage|oppsummer\w*|formuler\w*|korrekturles\w*|omskriv\w*|forkort\w*|regn ut|rett skrivefeil\w*|dikt\w*|translate|write|summari[sz]e)\b/;

/**
 * Questions that stay another HR topic whatever hiring words they hold: how much holiday someone has
 * («hvor mange feriedager har en nyansatt i prøvetida?») is ferieloven, not the hire. Folded text.
 */
const ALWAYS_OFF: Partial<Record<OffTopic, RegExp>> = {
  // … and how long a parental leave someone is entitled to («skal ut i foreldrepermisjon – hvor mange uker har hun krav på?»).
  // A work-trial participant is no employee: whether they get holiday is NAV's measure rules, ours.
  leave:
    /^(?!.*\b(arbeidstrening\w*|arbeidspraksis\w*|tiltaksdeltaker\w*|tiltaksdeltakar\w*)).*(\b(hvor mange (ferie|fri)dager|hvor mye ferie|feriedager\w* [^.?]{0,60}(krav|rett)|(krav|rett) pa (ferie|feriedager|fri)\b)|\b(foreldre|pappa|mamma|fodsels|svangerskaps)permisjon\w*[^]{0,80}?\b(hvor mange uker|hvor lenge)\b[^.?]{0,40}\b(krav|rett) pa\b|\b(hvor mange uker|hvor lenge)\b[^.?]{0,40}\b(krav|rett) pa\b[^.?]{0,40}\b(foreldre|pappa|mamma|fodsels|svangerskaps)permisjon|\bhvor mange uker (\w+ )?(foreldre|pappa|mamma|fodsels|svangerskaps)?permisjon)/,
  // … and whether the asker may work from home («kan jeg jobbe hjemmefra på fredager?»): their own terms.
  own: /\b(kan|kunne|far|ma) (jeg|eg) (jobbe|arbeide|arbeida|sitte) (hjemmefra|heimanfra|hjemme|heime)\b/,
  // Self-certified sick leave is the sick-leave routine's, even for a new hire or a measure participant; it is
  // ours only with the employer-period exemption (folketrygdloven § 8-20), an applicant, an interview or probation.
  sickleave: /^(?!.*\b(fritak\w*|8-20|arbeidsgiverperiode\w*|soker\w*|kandidat\w*|intervju\w*|provetid\w*|referanse\w*)).*\begenmelding\w*/,
  // The asker's own hours and timesheet ("hvordan fører jeg timene mine?").
  // … and the asker's own holiday pay («når utbetales feriepengene mine?», even when hired with a wage subsidy).
  pay: /\b(timene mine|mine timer|timelista? mi(n)?|timelisten min|forer jeg (timene|timer|overtid)|feriepeng\w* (mine|mitt|min)|(mine|mitt) feriepeng\w*)\b/,
};

/** Concepts that make a question ours whatever else it mentions. */
const DOMAIN_GROUPS = new Set(
  [
    'hire',
    'recruit',
    'advertise',
    'interview',
    'recommendation',
    'qualification',
    'disability',
    'cvgap',
    'wagesubsidy',
    'measure',
    'worktrial',
    'trainee',
    'vta',
    'vtao',
    'preference',
    'innijobb',
    'substitute',
    'order',
    'mentor',
    'threeyear',
    'workcapacity',
    'position',
    // Probation is the start of a new hire: sick leave or notice in it is part of the hiring.
    'trialperiod',
  ].map(groupTerm),
);
// "søker" alone is as often the verb ("hvordan søker jeg om …") as the applicant.
const DOMAIN_WORDS =
  /\b(en|ein|ei|hver|kvar|denne|ny|intern|ekstern|yngre|eldre|beste|kvalifisert\w*|aktuell\w*|annen|samme) soker\b|\b(en|ein|ei|denne) (mannlig|kvinnelig|mannleg|kvinneleg|gravid|ung) soker\b|\b(ekspertbistand\w*|likestillingsredegjorelse\w*|redegjorelsesplikt\w*|aktivitetsplikt\w*|sokere\w*|sokeren|sokerne|sokjar\w*|jobbsoker\w*|soknadsportal\w*|soknadsskjema\w*|jobbsoknad\w*|soknadsfrist\w*|arbeidssoker\w*|malgrupp\w*|inkluder\w*|funksjonsassist\w*|funkass\w*|hjelpemidd\w*|utdanningsreise\w*|arbeidsreise\w*|mentor\w*|\w*tilskudd\w*|\w*tilskot\w*|sommerjobb\w*|feriehjelp\w*|ferievikar\w*|stillingsannons\w*|jobbannons\w*|fritak\w*|praksisplass\w*|kronisk\w*|arbeidsgiverperiode\w*|arbeidsgivarperiode\w*|ia-?avtal\w*|tilrettelegg\w*|tilrettelag\w*|uustatus|wcag|skjermleser\w*|tilgjengelighetserkl\w*|universel\w* utform\w*|nyansatt\w*|nytilsett\w*|nyansett\w*|kandidat\w*)|\bnye? (ansatt|medarbeider|arbeidstaker|tilsett|kollega)\w*|\b(nettopp|nylig) (ansatt|begynt|tilsett|startet)\b|\b(jobbet|arbeidet|vaert|jobba) (her|hos oss|hja oss) (i )?(bare )?(en|ei|ein|to|tre|fire|\d) (dag|dager|uke|uker|veke|veker)\b|\b(forlenge|forlengje|fornye)\w* (et |en |den |det |hennes |hans )?(engasjement|vikariat|kontrakt|arbeidsavtale|midlertidig)\w*/;

const DOMAIN_WORDS_ALL = new RegExp(DOMAIN_WORDS.source, 'g');

/** The asker's own notice or resignation ("jeg er selv midlertidig ansatt … hvor lang oppsigelsestid har jeg?"), folded. */
const OWN_NOTICE = /\b(oppsigelsestid\w*|si(er)? opp (selv|stillingen min|jobben min)|slutte i jobben min)/;
const ASKER_IS_EMPLOYEE =
  /\bjeg er (selv )?(\w+ )?(ansatt|tilsett)\b|\b(min|mi) (oppsigelsestid|kontrakt|arbeidsavtale)\b|\boppsigelsestiden min\b|\boppsigelsestid (har|far) (jeg|eg)\b/;

const FIRST_PERSON = new Set(['jeg', 'meg', 'min', 'mitt', 'mine', 'eg', 'mi']);
const ABOUT_OTHERS = /\b(ansatt\w*|medarbeider\w*|kollega\w*|arbeidstaker\w*|vikar\w*|kandidat\w*|soker\w*)/;

export interface ScopeDecision {
  inScope: boolean;
  /** Why it was refused: the kind of HR question it is, or "personal" for the asker's own terms. */
  offTopic?: OffTopic;
}

/** The first part of a hyphenated compound ("vikar-barnet", "NAV-kontoret"); the last part says what it is. */
const MODIFIER = /[\p{L}\d]+-(?=[\p{L}]{3,})/u;

/**
 * `reread` gives the concepts of another text (the question without the first parts of hyphenated
 * compounds), so that "vikar-barnet mitt" is a question about a child, not about a substitute.
 */
export function decideScope(question: string, concepts: Concept[], reread?: (text: string) => Concept[]): ScopeDecision {
  const text = foldText(question);
  const isDomain = (cs: Concept[], t: string) => cs.some((c) => DOMAIN_GROUPS.has(c.key) || c.alts.some((a) => a.terms.some((x) => DOMAIN_GROUPS.has(x)))) || DOMAIN_WORDS.test(t);
  let domain = isDomain(concepts, text);
  const off = (Object.keys(OFF_TOPICS) as Array<keyof typeof OFF_TOPICS>).find((k) => OFF_TOPICS[k].test(text));
  // A domain word that is itself a hyphenated compound («IA-avtalen») is not a modifier on an off-topic head.
  const domainCompound = [...text.matchAll(DOMAIN_WORDS_ALL)].some((m) => m[0].includes('-'));
  if (off && domain && reread && MODIFIER.test(question) && !domainCompound) {
    const heads = question.replace(new RegExp(MODIFIER.source, 'gu'), '');
    domain = isDomain(reread(heads), foldText(heads));
  }
  if (off && !domain) return { inScope: false, offTopic: off };
  const always = (Object.keys(ALWAYS_OFF) as OffTopic[]).find((k) => ALWAYS_OFF[k]!.test(text));
  if (always) return { inScope: false, offTopic: always };
  if (!domain && TASK.test(text)) return { inScope: false, offTopic: 'task' };
  if (OWN_NOTICE.test(text) && ASKER_IS_EMPLOYEE.test(text)) return { inScope: false, offTopic: 'own' };
  // "Hvor mye lønn får jeg?" — the asker's own pay, with no one else in the question.
  const firstPerson = analyze(question).some((t) => FIRST_PERSON.has(t.form));
  const keys = new Set(concepts.flatMap((c) => [c.key, ...c.alts.flatMap((a) => a.terms)]));
  if (firstPerson && !domain && !ABOUT_OTHERS.test(text) && (keys.has(groupTerm('wage')) || keys.has(groupTerm('parentalleave')))) {
    return { inScope: false, offTopic: 'pay' };
  }
  return { inScope: true };
}
