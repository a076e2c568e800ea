/**
 * The shape of a knowledge entry. Curated entries ship as JSON files beside this one (one file per
 * topic, an array of entries each); HR's changes are stored as overlays in the data file and use the
 * same schema (with fewer required question phrasings).
 */
import { z } from 'zod';
import { parameterIdsIn } from '../parameters/format.js';
import { hasParameter } from '../parameters/registry.js';

/** The source documents in ../shared/seeds/, by file name. */
export const SEED_DOCUMENTS = {
  '000_330d67e8c3ec0145.txt': 'Brev fra Arbeids- og inkluderingsdepartementet til KS, 3. november 2023 (ref. 17/267)',
  '001_3b0a01d0bae10e9d.txt': 'KS: Avtalen «Inn i jobb» mellom KS, NAV og partene i kommunal sektor (16. februar 2024)',
  '002_b87eac80d50e4c8e.txt': 'Oslo Economics: Fremmere og hemmere for inkluderingsarbeid i statlig tariffområde (2023)',
  '003_db57b5cf9861334b.txt': 'KS: Høringssvar om forsterket oppfølging i VTA-O (20. oktober 2025, ref. 25/01892-2)',
  '004_b34275402117612c.txt': 'KS: Konsultasjonsmøte mellom KS og arbeidsministeren om inkluderingsdugnaden (2018)',
} as const;

/** Laws and regulations an entry may cite, by their short Norwegian name. */
export const LAWS = [
  'statsansatteloven',
  'statsansatteforskriften',
  'arbeidsmiljøloven',
  'likestillings- og diskrimineringsloven',
  'tiltaksforskriften',
  'folketrygdloven',
  'kommuneloven',
  'forvaltningsloven',
  'offentleglova',
  'personopplysningsloven',
  'Hovedtariffavtalen (KS)',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dato på formen ÅÅÅÅ-MM-DD');

const seedFile = z.enum(Object.keys(SEED_DOCUMENTS) as [keyof typeof SEED_DOCUMENTS, ...Array<keyof typeof SEED_DOCUMENTS>]);

export const SourceSchema = z.discriminatedUnion('type', [
  /** A seed document and the chapter/section/heading the entry draws on. */
  z.object({ type: z.literal('seed'), file: seedFile, section: z.string().min(1).max(200) }).strict(),
  /** A law or regulation and the paragraph, e.g. { law: "statsansatteloven", section: "§ 7" }. */
  z.object({ type: z.literal('law'), law: z.enum(LAWS), section: z.string().min(1).max(200) }).strict(),
  /** Statens personalhåndbok (published by the ministry; the current edition on regjeringen.no, the 2017 edition on Lovdata), by chapter/point; say the edition in the section. */
  z.object({ type: z.literal('handbook'), section: z.string().min(1).max(200) }).strict(),
  /** KS guidance on the web that is not among the seeds (e.g. Inn i jobb: jus og ansettelser). */
  z.object({ type: z.literal('ks'), title: z.string().min(1).max(200), section: z.string().max(200).optional() }).strict(),
  /** A public web page (Lovdata, nav.no, DFØ, regjeringen.no …): its title, https link and the day it was read. */
  z
    .object({
      type: z.literal('web'),
      title: z.string().trim().min(1).max(200),
      url: z
        .string()
        .url('må være en gyldig lenke')
        .max(500)
        .regex(/^https:\/\//, 'lenken må begynne med https://'),
      read: isoDate,
    })
    .strict(),
  /** A local document of the employer, named in free text, e.g. "Personalreglement for Eksempel kommune, § 4". */
  z.object({ type: z.literal('local'), title: z.string().trim().min(3).max(200) }).strict(),
]);
export type Source = z.infer<typeof SourceSchema>;

export const EntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: små bokstaver, tall og bindestrek')
      .max(80),
    title: z.string().trim().min(3).max(120),
    /** Ways a user might ask this. The first is the canonical question. */
    questions: z.array(z.string().trim().min(3).max(300)).min(1).max(30),
    /**
     * Norwegian bokmål; the markdown subset Teams renders in cards (bold, italic, lists, https links).
     * Amounts, rates and durations are written {{p:<id>}} (knowledge/parameters), never copied.
     */
    answer: z
      .string()
      .trim()
      .min(10)
      .max(4000)
      .superRefine((text, ctx) => {
        for (const id of parameterIdsIn(text)) {
          if (!hasParameter(id)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `ukjent parameter «${id}» i svaret (se listen over parametere)` });
        }
      }),
    sector: z.enum(['state', 'municipal', 'both']),
    sources: z.array(SourceSchema).min(1).max(10),
    tags: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(40)
          .refine((t) => t === t.toLowerCase(), 'stikkord skrives med små bokstaver'),
      )
      .max(20),
    lastReviewed: isoDate,
    /** Ids of entries worth reading next. */
    related: z.array(z.string()).max(10).optional(),
  })
  .strict();
export type Entry = z.infer<typeof EntrySchema>;

/** Entries shipped in the repository are held to more: at least three phrasings. */
export const CuratedEntrySchema = EntrySchema.extend({
  questions: z.array(z.string().trim().min(3).max(300)).min(3).max(30),
}).strict();

/** The title and reference a person sees for a source; `url` when the source is a link. */
export function describeSource(s: Source): { title: string; ref: string; url?: string } {
  switch (s.type) {
    case 'seed':
      return { title: SEED_DOCUMENTS[s.file], ref: s.section };
    case 'law':
      return { title: s.law, ref: s.section };
    case 'handbook':
      return { title: 'Statens personalhåndbok', ref: s.section };
    case 'ks':
      return { title: s.title, ref: s.section ?? '' };
    case 'web':
      return { title: s.title, ref: `lest ${s.read.split('-').reverse().map(Number).join('.')}`, url: s.url };
    case 'local':
      return { title: s.title, ref: '' };
  }
}
