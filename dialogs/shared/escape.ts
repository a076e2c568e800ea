/**
 * Text that a user or another system supplied (a vacancy title, a question, a comment, an HR entry's
 * sources and tags, an imported entry), made safe to put into a card's TextBlock, a FactSet or a text
 * message. Teams renders markdown (and some HTML) there and turns addresses into links, so a title like
 * «[Bekreft her](https://evil.example) **HASTER** <at>Alle</at>» would be a phishing link under the
 * bot's name. `escapeText` is the one function every such string passes through:
 *
 * - markdown and HTML characters (`* _ ~ \` [ ] < >`) become look-alikes that Teams shows but does not
 *   interpret, so there are no links, emphasis, HTML or `<at>` mentions;
 * - addresses (`https://…`, `www.…`, `evil.example`) get look-alike dots and colons, so they are
 *   readable but not links;
 * - bidi controls (which can show a text reversed) and invisible format characters are removed;
 * - whitespace is collapsed to one line (or kept as lines with `multiline`), and the text is cut to `max`.
 *
 * HR's own answer text keeps its limited markdown through `safeMarkdown` (links only to https:).
 * Every step is linear in the length of the text: no pattern is retried from every position.
 */

/** Bidi controls (U+061C, U+200E-F, U+202A-E, U+2066-9), zero-width and other invisible characters; ZWJ stays (emoji). */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Control characters other than tab, newline and carriage return (\p{Cc} is U+0000-001F and U+007F-009F). */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

const LOOK_ALIKE: Record<string, string> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\uFF3F', // ＿ fullwidth low line
  '~': '\u223C', // ∼ tilde operator
  '`': '\u02CB', // ˋ modifier letter grave accent
  '[': '\uFF3B', // ［
  ']': '\uFF3D', // ］
  '<': '\u2039', // ‹
  '>': '\u203A', // ›
};
const MARKDOWN_CHARS = /[*_~`[\]<>]/g;

/** A token that Teams could turn into a link: a scheme, www., or a dot followed by letters (nav.no). */
function looksLikeAddress(token: string): boolean {
  const t = token.toLowerCase();
  return t.includes('://') || t.includes('www.') || t.includes('@') || /\.\p{L}{2,}/u.test(t);
}

/** Look-alike dots and colons: still readable, never a link. */
function defang(token: string): string {
  return token.replace(/\./g, '\u2024').replace(/:/g, '\u2236').replace(/@/g, '\uFF20');
}

function escapeLine(line: string): string {
  return line
    .split(/( +)/)
    .map((part) => (part.startsWith(' ') || !looksLikeAddress(part) ? part : defang(part)))
    .join('')
    .replace(MARKDOWN_CHARS, (c) => LOOK_ALIKE[c]);
}

function clip(s: string, max: number | undefined): string {
  if (max === undefined || s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Removes bidi controls, invisible and control characters (used by both functions here). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '').replace(CONTROL, ' ');
}

/** The one escaping function for supplied text shown in cards and messages (see the file comment). */
export function escapeText(value: unknown, opts: { max?: number; multiline?: boolean } = {}): string {
  const raw = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  // Cut early (with room for what the steps remove), so a huge value costs no more than a short one.
  const limit = opts.max === undefined ? raw : raw.slice(0, opts.max * 4 + 100);
  const clean = stripInvisible(limit);
  if (!opts.multiline) return clip(escapeLine(clean.replace(/\s+/g, ' ').trim()), opts.max);
  const lines = clean
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => escapeLine(l.replace(/[^\S\n]+/g, ' ').trim()));
  return clip(lines.join('\n').trim(), opts.max);
}

const LINK = /\[([^[\]\n]{1,500})\]\(([^()\s]{1,2000})\)/g;

/**
 * HR's answer text: its markdown stays (bold, lists, links to https:), but a link to anything else
 * becomes plain text with the address defanged, HTML and `<at>` become look-alikes, bare addresses
 * that are not https: are defanged, and bidi and invisible characters go.
 */
export function safeMarkdown(text: string): string {
  const clean = stripInvisible(text).replace(/[<>]/g, (c) => LOOK_ALIKE[c]);
  const linked = clean.replace(LINK, (whole, label: string, url: string) => (/^https:\/\//i.test(url) ? whole : `${label} (${defang(url)})`));
  return linked
    .split(/(\s+)/)
    .map((part) => {
      if (!part || /^\s/.test(part)) return part;
      const at = part.indexOf('](');
      if (at >= 0) {
        // What is left of a link the pattern did not take (a label over lines): https: stays a link, anything else does not.
        const target = part.slice(at + 2);
        return /^https:\/\//i.test(target) ? part : `${part.slice(0, at)}] (${defang(target)}`;
      }
      if (!looksLikeAddress(part)) return part;
      return /^[(*_]*https:\/\//i.test(part) ? part : defang(part);
    })
    .join('');
}
