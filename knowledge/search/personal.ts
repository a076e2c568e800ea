/**
 * A question about the asker's own terms of employment (their leave, pay, holiday) is outside the
 * bot's scope even when it shares words with an entry ("Hvor lenge kan jeg ta pappapermisjon?").
 * It is recognised by a first-person pronoun, a personal-terms topic, and no word about hiring or
 * about someone else's employment.
 */
import { analyze } from './analyze.js';
import { groupTerm, type Concept } from './query.js';

const FIRST_PERSON = new Set(['jeg', 'meg', 'min', 'mitt', 'mine', 'eg', 'i', 'me', 'my', 'mi']);
const PERSONAL_TOPICS = new Set([
  ...['parentalleave', 'sickleave', 'wage'].map(groupTerm),
  ...analyze('ferie feriepenger permisjon lønnsøkning lønnsforhandling pensjon foreldrepenger overtid avspasering').map((t) => t.stem),
]);
const ABOUT_OTHERS = new Set([
  ...['hire', 'recruit', 'candidate', 'applicant', 'employee', 'substitute', 'position', 'advertise', 'worktrial', 'wagesubsidy'].map(groupTerm),
  ...analyze('ansatt ansatte medarbeider kollega').map((t) => t.stem),
]);

export function isPersonalMatter(question: string, concepts: Concept[]): boolean {
  const firstPerson = analyze(question).some((t) => FIRST_PERSON.has(t.form));
  if (!firstPerson) return false;
  const keys = concepts.flatMap((c) => [c.key, ...c.alts.flatMap((a) => a.terms)]);
  return keys.some((k) => PERSONAL_TOPICS.has(k)) && !keys.some((k) => ABOUT_OTHERS.has(k));
}
