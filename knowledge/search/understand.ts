/**
 * Reading a question in its conversation: is it a follow-up to the previous answer ("og i kommunen?",
 * "hvor lenge da?", "hva med lønnstilskudd?"), and does it hold two asks ("kan vi ansette uten
 * utlysning, og hvor mye dekker NAV?")?
 */
import { foldText } from './fold.js';
import { isAspectKey } from './aspects.js';
import { groupTerm, type Concept } from './terms.js';

const FOLLOW_UP_START = /^(og|men|enn|sa|hva med|hva om|hvordan med|hvordan er det med|gjelder (det|dette|samme)|kva med|korleis med|what about|and)\b/;
const FOLLOW_UP_END = /\b(da|der|her|ogsa|og)\s*[?.!]*$/;
const SUBSTITUTION = /^(og|men|enn)?\s*(hva|kva|hvordan|korleis) (med|om)\b|^what about\b/;
/**
 * A pronoun that points back ("koster det noe?", "kan vi forlenge den?", "får hun lønn?"); not the
 * "det" of "er det lov …", "finnes det …", "går det an …", which points at nothing.
 */
const ANAPHORA = /(?<!\b(?:er|var|blir|ble|finnes|fins|gar|gikk|star|hva|kva|hvordan|korleis))\s+(?:det|den|dette|denne|dem|hun|han|hen|henne|ham|ho|honom)\b/;

/** A condition on the same topic: "og hvis hun blir syk underveis?", "men dersom …", "og om hun slutter?". */
const CONDITION =
  /^(?:(?:og|men|enn|sa)\s+)?(?:(?:hva|kva)\s+)?(?:hvis|dersom|viss|om|nar)\s+(?:hun|han|hen|den|de|vi|det|dere|personen|kandidaten|deltakeren|vikaren|traineen|en|man|noen)\b|^(?:(?:og|men|enn|sa)\s+)?(?:(?:hva|kva)\s+)?(?:hvis|dersom|viss)\b|^what if\b/;

export type FollowUpKind = 'none' | 'aspect' | 'substitute';

/**
 * How a question leans on the previous answer: "aspect" asks more about the same topic ("hvor lenge
 * da?", "kan vi forlenge?"); "substitute" swaps the topic and keeps the ask ("hva med lønnstilskudd?").
 */
export function followUpKind(question: string, concepts: Concept[]): FollowUpKind {
  const text = foldText(question).trim();
  const topics = concepts.filter((c) => !isAspectKey(c.key));
  const marked = FOLLOW_UP_START.test(text) || FOLLOW_UP_END.test(text);
  if (CONDITION.test(text) && topics.length <= 3) return 'aspect';
  if (ANAPHORA.test(text) && topics.length <= ELLIPTICAL_TOPICS) return 'aspect';
  if (SUBSTITUTION.test(text) && topics.length > 0 && topics.length <= 3) return 'substitute';
  if (topics.length === 0 && concepts.length > 0) return 'aspect';
  if (marked && topics.length <= 2) return topics.length === 0 ? 'aspect' : 'substitute';
  return 'none';
}

/** At most this many topic words for a question to be read as leaning on the previous answer without saying so. */
const ELLIPTICAL_TOPICS = 2;

/**
 * Without any marker, one topic word ("teller soning?") leans on the previous answer; two name a subject of
 * their own ("hvordan rekrutterer vi sommervikarer?" after work trials is about summer temps).
 */
const UNMARKED_TOPICS = 1;

/**
 * A question short enough to lean on the previous answer without a marker ("teller soning?"), in words
 * the knowledge base holds (an unknown word is more likely a new subject than an aspect of the last one).
 */
export function isElliptical(concepts: Concept[], known: (term: string) => boolean): boolean {
  const topics = concepts.filter((c) => !isAspectKey(c.key));
  return topics.length > 0 && topics.length <= UNMARKED_TOPICS && concepts.every((c) => c.alts.some((a) => a.terms.every(known)));
}

/** Whether the question points back at the previous answer with a pronoun or a condition ("koster det noe?", "og hvis hun slutter?"). */
export function refersBack(question: string): boolean {
  const text = foldText(question).trim();
  return ANAPHORA.test(text) || CONDITION.test(text);
}

const SECTOR_CONCEPTS = new Set(['municipality', 'county', 'state'].map(groupTerm));

/** A concept that names a sector ("kommunen", "staten"): the sector is read on its own, not searched for. */
export function isSectorConcept(c: Concept): boolean {
  return SECTOR_CONCEPTS.has(c.key);
}

export function isAspect(c: Concept): boolean {
  return isAspectKey(c.key);
}

const SECOND_ASK =
  /(?:[,;]\s*|\s+)(?:og|samt|og i tillegg|og dessuten)\s+(?=(?:hva|hvor|hvordan|hvem|hvilke|hvilken|nar|når|kan|må|ma|skal|bør|bor|får|far|er|har|gjelder|trenger|kva|korleis|kor|kven)(?![\p{L}\d]))/iu;

/** How a question opens (a question word, a verb first, or a condition before the ask); a statement opens otherwise. */
const QUESTION_START =
  /^\s*(?:hva|hvor|hvordan|hvorfor|hvem|hvilke|hvilken|hvilket|nar|når|kan|kunne|må|ma|skal|skulle|bør|bor|får|far|fikk|er|var|blir|ble|har|hadde|gjelder|trenger|finnes|fins|vil|ville|stemmer|holder|teller|gar|går|star|står|ligger|betyr|regnes|skjer|mener|vet|veit|ønsker|onsker|hvis|om|dersom|viss|kva|korleis|kor|kven|kvifor|kvar|treng|do|does|can|could|may|must|is|are|what|how|who|when|should|if)(?![\p{L}\d])/iu;

/**
 * The question's two asks, when it has two: two questions ("Hvem er i målgruppen? Må vi kalle dem inn?")
 * or one question with a second ask joined by "og" ("…, og hvor mye dekker NAV?"). A sentence that asks
 * nothing ("… ? gjelder en med hull i CV i staten", "vi er et direktorat") is context for the asks.
 */
export function splitAsks(question: string): [string, string] | undefined {
  const sentences = question
    .trim()
    .split(/(?<=\?)\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]{2,}/u.test(s));
  const isAsk = (s: string, i: number) => s.endsWith('?') || (i === 0 && sentences.length === 1);
  const asks = sentences.filter(isAsk).flatMap((s) => splitAtSecondAsk(s) ?? [s]);
  const context = sentences.filter((s, i) => !isAsk(s, i)).join(' ');
  if (asks.length < 2 || asks[0].split(/\s+/).length < 3) return undefined;
  // The second ask is read in the light of the first (its answer is the previous one), so the context goes with the first.
  return [context ? `${asks[0]} ${context}` : asks[0], asks[1]];
}

/** "kan vi ansette uten utlysning, og hvor mye dekker NAV?" → its two asks. */
function splitAtSecondAsk(sentence: string): [string, string] | undefined {
  const m = SECOND_ASK.exec(sentence);
  if (!m || m.index === 0) return undefined;
  // «En søker ser dårlig og får ikke brukt systemet – må vi …?» tells the case before it asks: «og får» goes on telling.
  const before = sentence.slice(0, m.index);
  if (!QUESTION_START.test(before.split(/[.!:;–—]\s+/).pop() ?? '')) return undefined;
  const first = before.trim();
  const second = sentence.slice(m.index + m[0].length).trim();
  if (first.split(/\s+/).length < 3 || second.split(/\s+/).length < 2) return undefined;
  return [first, capitalise(second)];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
