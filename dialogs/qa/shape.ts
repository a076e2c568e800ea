/**
 * An entry's answer cut for the card: the line that answers, a short explanation, the next step, and
 * the rest for "show more". Entries are written answer first ("Ja. …", "Nei – …", "Det kommer an på …");
 * a "Ja"/"Nei" is shown only when the question asks the way the entry's own question does, since one
 * entry answers "Kan vi ansette uten utlysning?" (ja) and "Må stillingen lyses ut?" (nei) alike.
 */
import { foldText } from '../../knowledge/search/fold.js';
import { safeMarkdown } from '../shared/escape.js';

export interface AnswerParts {
  /** The first sentence: the answer itself. */
  lead: string;
  /** The rest of the first paragraph (and a short second one), or ''. */
  explanation: string;
  /** The "Neste steg" paragraph without its label, or ''. */
  nextStep: string;
  /** Everything else, for "show more". */
  detail: string;
}

const NEXT_STEP = /^[_*\s]*neste steg[_*\s]*:?[_*\s]*/i;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:bl\.a|f\.eks|jf|nr|pkt|ca|evt|inkl|mv|osv|dvs|kap|tlf|mm|o\.l|pr)|§\s?\d+(?:-\d+)?)\.$/i;
const SHORT_SECOND = 320;
/** A visible part that ends with a colon shows this many items of the list it introduces (the rest stays in detail). */
const INTRODUCED_ITEMS = 6;
const LIST_ITEM = /^\s*(?:[-*]|\d+[.)])\s/;

function firstSentence(paragraph: string): [string, string] {
  const re = /[.!?](?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const head = paragraph.slice(0, m.index + 1);
    // A sentence starts with a capital (or a figure, a quote, markdown): "fra 1. juli 2022" does not end at "1.".
    const startsLower = /^\s+\p{Ll}/u.test(paragraph.slice(m.index + 1));
    if (head.length < 12 || ABBREVIATIONS.test(head) || startsLower) continue;
    return [head.trim(), paragraph.slice(m.index + 1).trim()];
  }
  return [paragraph.trim(), ''];
}

/** The parts of an answer text made safe (safeMarkdown), kept by text: the same answers are shown again and again. */
const safeParts = new Map<string, AnswerParts>();
const SAFE_PARTS_LIMIT = 2_000;

export function splitSafeAnswer(answer: string): AnswerParts {
  let parts = safeParts.get(answer);
  if (!parts) {
    if (safeParts.size >= SAFE_PARTS_LIMIT) safeParts.clear();
    safeParts.set(answer, (parts = splitAnswer(safeMarkdown(answer))));
  }
  return parts;
}

export function splitAnswer(answer: string): AnswerParts {
  const paragraphs = answer
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const stepIndex = paragraphs.findIndex((p) => NEXT_STEP.test(p));
  const nextStep = stepIndex >= 0 ? paragraphs[stepIndex].replace(NEXT_STEP, '').trim() : '';
  const body = paragraphs.filter((_, i) => i !== stepIndex);
  if (body.length === 0) return { lead: nextStep, explanation: '', nextStep: '', detail: '' };
  const first = body[0];
  let lead: string;
  let explanation: string;
  if (/^[-*]\s/.test(first)) {
    // A list first: its first item answers, the list explains.
    const lines = first.split('\n');
    lead = lines[0].replace(/^[-*]\s+/, '');
    explanation = lines.slice(1).join('\n');
  } else {
    [lead, explanation] = firstSentence(first);
  }
  let restStart = 1;
  if (body[1] && body[1].length <= SHORT_SECOND && !explanation) {
    explanation = body[1];
    restStart = 2;
  }
  let detail = body.slice(restStart).join('\n\n');
  // "Dette kan dere bruke:" must not end what the card shows: the list it introduces comes with it.
  const next = body[restStart];
  if (/:\s*$/.test(explanation || lead) && next && LIST_ITEM.test(next)) {
    const lines = next.split('\n');
    let cut = 0;
    let items = 0;
    while (cut < lines.length && !(LIST_ITEM.test(lines[cut]) && ++items > INTRODUCED_ITEMS)) cut++;
    const shown = lines.slice(0, cut).join('\n');
    explanation = explanation ? `${explanation}\n\n${shown}` : shown;
    detail = [lines.slice(cut).join('\n'), ...body.slice(restStart + 1)].filter((p) => p.trim()).join('\n\n');
  }
  return { lead, explanation, nextStep, detail };
}

const YES_NO_START = /^(kan|ma|skal|bor|far|er|har|gjelder|trenger|finnes|blir|kreves|holder|slipper|betaler|dekker|teller|is|are|can|must|do|does|may|should)\b/;
const MUST = /\b(ma|matte|skal|plikt\w*|krav\w*|kreves|trenger|nodt|obligatorisk|must|required)\b/;
const NEGATION = /\b(ikke|ikkje|uten|utan|slippe|slipper|unntak\w*|not|without)\b/g;

interface Polarity {
  yesNo: boolean;
  must: boolean;
  negations: number;
}

function polarity(question: string): Polarity {
  const q = foldText(question).replace(/^[^a-z0-9æ]+/, '');
  return { yesNo: YES_NO_START.test(q), must: MUST.test(q), negations: (q.match(NEGATION) ?? []).length % 2 };
}

const VERDICT = /^(ja|nei)\b[\s,.:;–—-]*/i;

/**
 * The answer's first line for this question: the entry's lead, with its "Ja"/"Nei" kept only when the
 * question is a yes/no question asked the same way as the entry's own (same modal, same negation).
 */
export function leadFor(question: string | undefined, canonical: string, lead: string): string {
  const m = VERDICT.exec(lead);
  if (!m) return lead;
  const asked = question ? polarity(question) : undefined;
  const own = polarity(canonical);
  const same = asked && asked.yesNo && own.yesNo && asked.must === own.must && asked.negations === own.negations;
  if (same) return lead;
  const rest = lead.slice(m[0].length).trim();
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : lead;
}
