/**
 * Reading a question in its conversation: is it a follow-up to the previous answer ("og i kommunen?",
 * "hvor lenge da?", "hva med lønnstilskudd?"), and does it hold two asks ("kan vi ansette uten
 * utlysning, og hvor mye dekker NAV?")?
 */
import { foldText } from './fold.js';
import { groupTerm, type Concept } from './terms.js';

/** Concepts that ask about an aspect of a topic rather than name one. */
const ASPECTS = new Set(['duration', 'amount', 'may', 'must', 'should', 'not', 'municipality', 'county', 'state', 'agency', 'employer', 'help'].map(groupTerm));

const FOLLOW_UP_START = /^(og|men|enn|sa|hva med|hva om|hvordan med|hvordan er det med|gjelder (det|dette|samme)|kva med|korleis med|what about|and)\b/;
const FOLLOW_UP_END = /\b(da|der|her|ogsa|og)\s*[?.!]*$/;
const SUBSTITUTION = /^(og|men|enn)?\s*(hva|kva|hvordan|korleis) (med|om)\b|^what about\b/;

export type FollowUpKind = 'none' | 'aspect' | 'substitute';

/**
 * How a question leans on the previous answer: "aspect" asks more about the same topic ("hvor lenge
 * da?", "kan vi forlenge?"); "substitute" swaps the topic and keeps the ask ("hva med lønnstilskudd?").
 */
export function followUpKind(question: string, concepts: Concept[]): FollowUpKind {
  const text = foldText(question).trim();
  const topics = concepts.filter((c) => !ASPECTS.has(c.key));
  const marked = FOLLOW_UP_START.test(text) || FOLLOW_UP_END.test(text);
  if (SUBSTITUTION.test(text) && topics.length > 0 && topics.length <= 3) return 'substitute';
  if (topics.length === 0 && concepts.length > 0) return 'aspect';
  if (marked && topics.length <= 2) return topics.length === 0 ? 'aspect' : 'substitute';
  return 'none';
}

const SECTOR_CONCEPTS = new Set(['municipality', 'county', 'state'].map(groupTerm));

/** A concept that names a sector ("kommunen", "staten"): the sector is read on its own, not searched for. */
export function isSectorConcept(c: Concept): boolean {
  return SECTOR_CONCEPTS.has(c.key);
}

export function isAspect(c: Concept): boolean {
  return ASPECTS.has(c.key);
}

const SECOND_ASK =
  /(?:[,;]\s*|\s+)(?:og|samt|og i tillegg|og dessuten)\s+(?=(?:hva|hvor|hvordan|hvem|hvilke|hvilken|nar|når|kan|må|ma|skal|bør|bor|får|far|er|har|gjelder|trenger|kva|korleis|kor|kven)\b)/i;

/** The question's two asks, when it has two: split at a second question mark or at ", og hvor/kan …". */
export function splitAsks(question: string): [string, string] | undefined {
  const q = question.trim();
  const mark = q.indexOf('?');
  if (mark > 0 && mark < q.length - 1) {
    const first = q.slice(0, mark + 1).trim();
    const second = q.slice(mark + 1).trim();
    if (/[\p{L}]{3,}/u.test(second) && first.split(/\s+/).length >= 3 && second.split(/\s+/).length >= 2) return [first, second];
  }
  const m = SECOND_ASK.exec(q);
  if (m && m.index > 0) {
    const first = q.slice(0, m.index).trim();
    const second = q.slice(m.index + m[0].length).trim();
    if (first.split(/\s+/).length >= 3 && second.split(/\s+/).length >= 2) return [first, capitalise(second)];
  }
  return undefined;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
