/**
 * Nynorsk word forms read as their bokmål counterparts, before stemming, so that «allereie», «meiner» and
 * «arbeidsgivarperioden» find what the entries say in bokmål («allerede», «mener», «arbeidsgiverperioden»).
 * Entries and questions pass through the same reading, so a nynorsk phrasing of an entry still matches itself.
 *
 * Only words whose stem differs from the bokmål one, and none that is also a different bokmål word. Without this,
 * the typo reader took «allereie» for «allergi». The forms that the synonym groups already join («tilsett»,
 * «søkjar», «sjukepengar») are left to them. On the dev questions (2026-12-03), the nynorsk ones failed twice as often
 * as the rest.
 */
import { foldText } from './fold.js';

const WORDS: Record<string, string> = {
  allereie: 'allerede',
  meiner: 'mener',
  meine: 'mene',
  meinte: 'mente',
  held: 'holder',
  halde: 'holde',
  heldt: 'holdt',
  tal: 'tall',
  tala: 'tallene',
  talet: 'tallet',
  annleis: 'annerledes',
  venta: 'ventet',
  ventar: 'venter',
  samanlikne: 'sammenligne',
  samanlikna: 'sammenlignet',
  samanlikning: 'sammenligning',
  rettleiar: 'veileder',
  rettleiaren: 'veilederen',
  rettleiarar: 'veiledere',
  rettleiing: 'veiledning',
  rettleie: 'veilede',
  søkje: 'søke',
  tilsetjing: 'ansettelse',
  tilsetjinga: 'ansettelsen',
  tilsetjingar: 'ansettelser',
  fleire: 'flere',
  naudsynt: 'nødvendig',
  tilbod: 'tilbud',
  tilbodet: 'tilbudet',
  tilboda: 'tilbudene',
  ønskje: 'ønske',
  ønskjer: 'ønsker',
  ynskje: 'ønske',
  ynskjer: 'ønsker',
  kunngjering: 'kunngjøring',
  kunngjeringa: 'kunngjøringen',
  kunngjere: 'kunngjøre',
  eigen: 'egen',
  eige: 'eget',
  eigne: 'egne',
  tidlegare: 'tidligere',
  sjuk: 'syk',
  sjuke: 'syke',
  sjukdom: 'sykdom',
  sjukdomen: 'sykdommen',
  oppseiing: 'oppsigelse',
  oppseiinga: 'oppsigelsen',
  avgjerd: 'avgjørelse',
  avgjerda: 'avgjørelsen',
  grunngje: 'begrunne',
  grunngjeving: 'begrunnelse',
  røynsle: 'erfaring',
  dekkje: 'dekke',
  dekkjer: 'dekker',
  gjev: 'gir',
  gje: 'gi',
  høve: 'anledning',
  mellombels: 'midlertidig',
  noverande: 'nåværende',
  einaste: 'eneste',
  fyrste: 'første',
  heile: 'hele',
  saman: 'sammen',
  difor: 'derfor',
  framleis: 'fortsatt',
  spørje: 'spørre',
  høyre: 'høre',
  kome: 'komme',
  kjem: 'kommer',
  vekene: 'ukene',
  veka: 'uka',
  teneste: 'tjeneste',
  tenesta: 'tjenesten',
  tenester: 'tjenester',
  tenestene: 'tjenestene',
  sjølvstendig: 'selvstendig',
  døme: 'eksempel',
  dømes: 'eksempel',
  løyve: 'tillatelse',
  løyva: 'tillatelsen',
  krevje: 'kreve',
  brot: 'brudd',
};

const FOLDED: ReadonlyMap<string, string> = new Map(Object.entries(WORDS).map(([nn, nb]) => [foldText(nn), foldText(nb)]));

/** Parts of compounds written the nynorsk way («arbeidsgivarperioden», «arbeidstakarane»), folded. */
const PARTS: ReadonlyArray<readonly [nynorsk: string, bokmal: string]> = [
  ['givar', 'giver'],
  ['gjevar', 'giver'],
  ['takar', 'taker'],
  ['sjukmeld', 'sykmeld'],
  ['sjukefravær', 'sykefravær'],
  ['sjukepeng', 'sykepeng'],
];

/** The bokmål form of a folded word, or the word itself. */
export function bokmalForm(form: string): string {
  const whole = FOLDED.get(form);
  if (whole) return whole;
  let out = form;
  for (const [nn, nb] of PARTS) out = out.replaceAll(nn, nb);
  return out;
}
