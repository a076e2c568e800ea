/**
 * Sources as HR types them in the entry form, one per line, in the words a person would use:
 *   arbeidsmiljøloven § 14-9                              a law or regulation and its section (also "aml § 14-9")
 *   NAV: Lønnstilskudd | https://www.nav.no/lonnstilskudd  a public web page: a title and its https link
 *   Personalreglement for Eksempel kommune, § 4            a local document of the employer, in free text
 *   Oslo Economics (2023), kap. 4.2                       a source document shipped with the bot, by title
 *   Statens personalhåndbok 2.2                           Statens personalhåndbok, by point
 *   KS: Inn i jobb – jus og ansettelser                   other KS guidance, by title ("| section" optional)
 * "lokal: …" forces a local document. The older forms ("lov X | §", "seed <file> | …", "håndbok | …",
 * "ks X | …") are still read, so a line copied from an old form keeps working; the form never shows them.
 */
import { LAWS, SEED_DOCUMENTS, type Source } from '../../knowledge/entries/schema.js';
import { S } from './strings.js';

type SeedFile = keyof typeof SEED_DOCUMENTS;
type Law = (typeof LAWS)[number];

/** Short names of the shipped source documents, as the form shows them (never the file name). */
export const SEED_NAMES: Record<SeedFile, string> = {
  '000_330d67e8c3ec0145.txt': 'Departementets brev til KS (2023)',
  '001_3b0a01d0bae10e9d.txt': 'KS: Inn i jobb-avtalen (2024)',
  '002_b87eac80d50e4c8e.txt': 'Oslo Economics (2023)',
  '003_db57b5cf9861334b.txt': 'KS: Høringssvar om VTA-O (2025)',
  '004_b34275402117612c.txt': 'KS: Konsultasjonsmøte om inkluderingsdugnaden (2018)',
};

/** Abbreviations HR writes for the laws (lower case). */
const LAW_ABBREVIATIONS: Record<string, Law> = {
  aml: 'arbeidsmiljøloven',
  ldl: 'likestillings- og diskrimineringsloven',
  ftrl: 'folketrygdloven',
  fvl: 'forvaltningsloven',
  offl: 'offentleglova',
  popplyl: 'personopplysningsloven',
  hta: 'Hovedtariffavtalen (KS)',
};

const HANDBOOK = 'Statens personalhåndbok';
const HANDBOOK_NAMES = ['statens personalhåndbok', 'personalhåndboken', 'personalhåndbok', 'håndboken', 'håndbok', 'handbok'];
const MAX_TITLE = 200;
const MAX_URL = 500;

const lower = (s: string) => s.toLowerCase();
/** Separators people put between a name and its section or link. */
const trimSeparators = (s: string) => s.replace(/^[\s|,:;–—-]+/, '').replace(/[\s|,:;–—-]+$/, '');
/** Whether `line` starts with `name` as a whole word (case-insensitive). */
const startsWithName = (line: string, name: string) =>
  lower(line).startsWith(lower(name)) && (line.length === name.length || /[\s|,:;–—(-]/.test(line[name.length]) || /[^\p{L}\p{N}]$/u.test(name));

const lawsLongestFirst = [...LAWS].sort((a, b) => b.length - a.length);
const seedNames = (Object.keys(SEED_DOCUMENTS) as SeedFile[])
  .flatMap((file) => [
    { file, name: SEED_DOCUMENTS[file] as string },
    { file, name: SEED_NAMES[file] },
  ])
  .sort((a, b) => b.name.length - a.name.length);

const URL_IN_LINE = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)\S+/i;

export interface SourceContext {
  /** Today (YYYY-MM-DD): the read date of a new link. */
  today: string;
  /** The entry's sources before the edit: a link kept as it was keeps its read date. */
  previous?: readonly Source[];
  /** Read no link source from the line (it holds markdown link syntax, kept as text). */
  noLinks?: boolean;
}

/** One source line → the source, or a Norwegian error that names what was wrong. */
export function parseSourceLine(raw: string, ctx: SourceContext): Source | { error: string } {
  const line = raw.trim();
  const local = /^lokal(?:t)?(?:\s+dokument)?\s*:\s*(.*)$/i.exec(line);
  if (local) return localSource(local[1]);

  const url = ctx.noLinks ? null : URL_IN_LINE.exec(line);
  if (url) return webSource(line, url[0], ctx);

  const legacy = /^(seed|kilde)\s+(\S+)\s*(?:\|(.*))?$/i.exec(line);
  if (legacy) {
    const file = legacy[2] as SeedFile;
    if (!(file in SEED_DOCUMENTS)) return { error: S.form.unknownSeed(legacy[2]) };
    const section = trimSeparators(legacy[3] ?? '');
    return section ? { type: 'seed', file, section: clip(section) } : { error: S.form.seedNeedsSection(SEED_NAMES[file]) };
  }

  const withoutLov = line.replace(/^lov\s+/i, '');
  const law = lawsLongestFirst.find((l) => startsWithName(withoutLov, l));
  const abbr = /^(\S+)\s+(.*)$/.exec(withoutLov);
  const byAbbr = abbr ? LAW_ABBREVIATIONS[lower(abbr[1])] : undefined;
  if (law || byAbbr) {
    const name = (law ?? byAbbr)!;
    const section = trimSeparators(law ? withoutLov.slice(law.length) : abbr![2]);
    return section ? { type: 'law', law: name, section: clip(section) } : { error: S.form.lawNeedsSection(name) };
  }
  if (withoutLov !== line) return { error: S.form.unknownLaw(trimSeparators(withoutLov.split('|')[0]), line) };

  const handbook = HANDBOOK_NAMES.find((n) => startsWithName(line, n));
  if (handbook) {
    const section = trimSeparators(line.slice(handbook.length));
    return section ? { type: 'handbook', section: clip(section) } : { error: S.form.handbookNeedsSection };
  }

  const seed = seedNames.find((s) => startsWithName(line, s.name));
  if (seed) {
    const section = trimSeparators(line.slice(seed.name.length));
    return section ? { type: 'seed', file: seed.file, section: clip(section) } : { error: S.form.seedNeedsSection(SEED_NAMES[seed.file]) };
  }

  const ks = /^ks(?:\s+|\s*:\s*)(.*)$/i.exec(line);
  if (ks) {
    const [head, ...rest] = line.split('|');
    const title = /^ks\s+/i.test(head) && !/^ks\s*:/i.test(head) ? trimSeparators(head.replace(/^ks\s+/i, '')) : head.trim();
    const section = trimSeparators(rest.join('|'));
    if (title.length < 3) return { error: S.form.ksNeedsTitle };
    return section ? { type: 'ks', title: clip(title), section: clip(section) } : { type: 'ks', title: clip(title) };
  }

  // "Skattelova § 5" is meant as a law the bot does not know, not as a local document: say so.
  const first = lower(line.split(/[\s|,]/)[0]);
  if (/(?:loven|lova|lov|forskriften|forskrifta)$/.test(first) && /§/.test(line)) return { error: S.form.unknownLaw(line.split(/\s*§/)[0].trim(), line) };

  return localSource(line);
}

function localSource(title: string): Source | { error: string } {
  const t = title.trim();
  if (t.length < 3) return { error: S.form.localTooShort };
  if (t.length > MAX_TITLE) return { error: S.form.sourceTooLong(MAX_TITLE) };
  return { type: 'local', title: t };
}

function webSource(line: string, found: string, ctx: SourceContext): Source | { error: string } {
  const url = found.replace(/[.,;:)\]]+$/, '');
  const title = trimSeparators(line.replace(found, ' ').replace(/\s+/g, ' '));
  if (!/^https:\/\//i.test(url)) return { error: S.form.linkNotHttps(url) };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { error: S.form.linkInvalid(url) };
  }
  if (!parsed.hostname.includes('.') || parsed.username || parsed.password || /\s/.test(url)) return { error: S.form.linkInvalid(url) };
  if (url.length > MAX_URL) return { error: S.form.linkTooLong(MAX_URL) };
  if (title.length < 2) return { error: S.form.linkNeedsTitle(url) };
  if (title.length > MAX_TITLE) return { error: S.form.sourceTooLong(MAX_TITLE) };
  const before = ctx.previous?.find((s) => s.type === 'web' && s.url === url);
  return { type: 'web', title, url, read: before?.type === 'web' ? before.read : ctx.today };
}

const clip = (s: string) => s.slice(0, MAX_TITLE);

/** A source as the form shows it: the line that reads back to the same source. */
export function formatSourceLine(s: Source): string {
  switch (s.type) {
    case 'seed':
      return `${SEED_NAMES[s.file]}, ${s.section}`;
    case 'law':
      return `${s.law} ${s.section}`;
    case 'handbook':
      return `${HANDBOOK} ${s.section}`;
    case 'ks':
      return `${/^ks\s*:/i.test(s.title) ? s.title : `ks ${s.title}`}${s.section ? ` | ${s.section}` : ''}`;
    case 'web':
      return `${s.title} | ${s.url}`;
    case 'local': {
      // A title that would read as another kind of source is marked as local.
      const back = parseSourceLine(s.title, { today: '2000-01-01' });
      return 'type' in back && back.type === 'local' && back.title === s.title ? s.title : `lokal: ${s.title}`;
    }
  }
}
