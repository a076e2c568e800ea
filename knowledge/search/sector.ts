/**
 * The sector a question is about, when it says so: "i kommunen", "i staten", a municipality's or an
 * agency's name ("Oslo kommune", "Skatteetaten", "vi i NAV"), or a law that only one sector has.
 * NAV as the provider of candidates and measures ("kandidat fra NAV") says nothing about the asker.
 */
import { foldText } from './fold.js';

export type Sector = 'state' | 'municipal';

/**
 * Oslo kommune's agencies are «etater» too (Bymiljøetaten, Utdanningsetaten, Sykehjemsetaten …): named so, they are
 * the municipality, not a state agency like Skatteetaten. Folded («bymiljøetaten» folds to «bymiljotaten»).
 */
const OSLO_AGENCY =
  /\b(?:bymiljo|utdannings|sykehjems|helse|velferds|kultur|beredskaps|nærings|(?:brann|plan|eiendoms|vann|renovasjons)-? og (?:rednings|bygnings|byfornyelses|avlops|gjenvinnings))e?taten\b/;

const MUNICIPAL = [
  /\bfylkeskommun\w*/,
  /\bkommun(e|en|er|ene|al|ale|alt|ar|ane)\b/,
  /\b[a-z]+kommunen?\b/, // "oslokommune", "bergenskommune" as typed
  /\bbydel(en|er)?\b/,
  /\bks\b/,
  /\bkommunesektoren\b/,
  /\bhovedtariffavtalen\b/,
  /\bsykehjem\w*/,
  /\bhjemmetjenest\w*/,
  /\bbarnehage\w*/,
  /\bmunicipal\w*/,
  OSLO_AGENCY,
];

const STATE = [
  /\bstat(en|ens|lig|lige|leg|lege)?\b/,
  /\bstatsforvalter\w*/,
  /\bstatsansatte\w*/,
  /\bdepartement\w*/,
  /\bdirektorat\w*/,
  /\b[a-z]+etaten\b/, // Skatteetaten, Tolletaten
  /\b[a-z]*tilsynet\b/, // Arbeidstilsynet, Mattilsynet
  /\bstatens \w+/,
  // «ansatt i NAV» is NAV's own staff; «ansatt på NAV-tiltak» is someone on a NAV measure, in any sector.
  /\b(vi|jobber|ansatt|arbeider|leder) (i|hos|pa) nav\b(?![-\w])/,
  /\bnav som arbeidsgiver\b/,
  /\b(universitet\w*|hogskole\w*|ntnu|uio|usn|uib|uit|politiet|domstol\w*|lanekassen|dfo)\b/,
  /\bcentral government\b|\bstate agency\b/,
];

/** The sector a question names, or undefined when it names none or both. */
export function sectorInQuestion(question: string): Sector | undefined {
  const text = foldText(question);
  const municipal = MUNICIPAL.some((r) => r.test(text));
  const state = STATE.some((r) => r.test(text.replace(OSLO_AGENCY, ' ')));
  if (municipal === state) return undefined;
  return municipal ? 'municipal' : 'state';
}

/** Whether the text is little more than a sector ("og i kommunen?", "hva med staten", "kommune"). */
export function onlySector(question: string): Sector | undefined {
  const sector = sectorInQuestion(question);
  if (!sector) return undefined;
  const rest = foldText(question)
    .replace(/\b(og|men|hva|med|enn|om|i|for|pa|hos|da|sa|gjelder|det|samme|ogsa|der|her|en|et|vi|jobber|er|kva|korleis|sektor|sektoren)\b/g, ' ')
    .replace(/\b(fylkes)?kommun\w*|\bstat(en|lig\w*)?\b|\bks\b/g, ' ')
    .replace(/[^a-z0-9æ]+/g, ' ')
    .trim();
  return rest === '' ? sector : undefined;
}
