/** User-facing strings of question answering (Norwegian bokmål). */
import { escapeText } from '../shared/escape.js';

export const S = {
  helpTitle: 'Still et spørsmål',
  helpDescription:
    'Skriv et spørsmål med vanlige ord, for eksempel «Kan jeg ansette uten å lyse ut?» eller «Hvor mye dekker NAV av lønna?». Jeg svarer fra kunnskapsbasen, med kilder, for din sektor.',
  sectorHelpTitle: 'Velg sektor',
  sectorHelpDescription: 'Skriv «sektor stat» eller «sektor kommune», så får du svar etter reglene som gjelder hos dere.',
  sources: 'Kilder',
  lastReviewed: (d: string) => `Sist gjennomgått: ${d}`,
  related: 'Les også',
  useful: 'Var dette nyttig?',
  thumbsUp: '👍 Ja',
  thumbsDown: '👎 Nei',
  thanks: 'Takk for tilbakemeldingen!',
  commentLabel: 'Hva manglet eller var feil? (valgfritt – ikke skriv personopplysninger)',
  commentPlaceholder: 'For eksempel: svaret sa ikke noe om kommuner',
  sendComment: 'Send kommentar',
  commentThanks: 'Takk! Kommentaren er sendt til HR sammen med svaret den gjelder.',
  commentTooLong: 'Kommentaren kan være høyst 1000 tegn.',
  commentEmpty: 'Skriv kommentaren i feltet før du sender den.',
  disclaimer: 'Dette er veiledning, ikke et juridisk vedtak. Ved tvil: spør HR.',
  askHr: 'Spør HR',
  noAnswerTitle: 'Jeg fant ikke et sikkert svar',
  noAnswer: 'Jeg fant ikke noe i kunnskapsbasen som svarer sikkert på dette. Kanskje ett av disse passer?',
  noSuggestions: 'Jeg fant ikke noe i kunnskapsbasen som svarer på dette.',
  sendToHr: 'Send spørsmålet til HR',
  sendToHrHint: 'HR ser spørsmålet (uten navnet ditt) og kan legge inn et svar i kunnskapsbasen.',
  sentToHr: 'Spørsmålet er sendt til HR. Navnet ditt lagres ikke sammen med det. Når HR har lagt inn et svar, kan du spørre igjen.',
  watchAnswer: 'Si fra når HR har svart',
  watchHint: 'Trykker du her, husker jeg bare at du vil ha beskjed – ikke hvem du er i spørsmålet HR ser.',
  watching: 'Du får beskjed her i chatten når HR har svart.',
  alreadyAnswered: 'HR har allerede behandlet spørsmålet. Still det på nytt, så ser du svaret.',
  tooLong: (n: number) => `Spørsmålet var langt, så jeg har lest de første ${n} tegnene.`,
  emptyQuestion: 'Jeg fant ikke noe spørsmål i meldingen. Skriv det med vanlige ord, for eksempel «Kan jeg ansette uten å lyse ut?».',
  unknownEntry: 'Den oppføringen finnes ikke lenger i kunnskapsbasen. Still gjerne spørsmålet på nytt.',
  badData: 'Noe i svaret fra kortet var ikke slik jeg ventet. Ingenting er lagret. Prøv igjen.',
  questionSubject: 'Spørsmålet',
  commentSubject: 'Kommentaren',
  askAgain: 'Still spørsmålet på nytt med vanlige ord, og trykk «Send spørsmålet til HR» igjen om jeg ikke finner svaret.',
  youAsked: (q: string) => `Du spurte: «${escapeText(q, { max: 300 })}»`,

  // The answer card
  showMore: 'Vis mer og kilder',
  showLess: 'Vis mindre',
  nextStep: (step: string) => `**Neste steg:** ${step}`,
  about: (title: string) => `Om: ${escapeText(title)}`,
  forSector: { state: 'Gjelder staten', municipal: 'Gjelder kommuner og fylkeskommuner', both: 'Gjelder både staten og kommunene' },
  sectorWhy: {
    question: 'slik du spurte',
    asker: 'din sektor',
    previous: 'som i forrige svar',
    entry: 'regelen er bare for denne sektoren',
  },
  sectorLine: (label: string, why: string) => `${label} (${why}). Skriv «sektor stat» eller «sektor kommune» for å endre.`,
  otherSectorOnly: (answerFor: string, asked: string) => `${answerFor}. Jeg har ikke et eget svar for ${asked} – sjekk med HR om det samme gjelder hos dere.`,
  sectorName: { state: 'staten', municipal: 'kommunen' },
  alsoAsked: (q: string) => `Du spurte også: «${escapeText(q, { max: 300 })}»`,
  readAnswer: 'Les hele svaret',
  tentative: 'Jeg er ikke sikker på at dette svarer på spørsmålet ditt. Det nærmeste jeg fant:',
  tentativeAbout: (title: string) => `**${escapeText(title)}**`,
  tentativeBothSectors: 'Jeg er ikke sikker på at dette svarer på spørsmålet ditt – dette er det nærmeste jeg fant.',
  tentativeHint: 'Passer det ikke, send spørsmålet til HR – de kan legge inn et svar.',

  // Both sectors, when the rule differs and the asker's sector is unknown
  differsTitle: 'Svaret er ulikt i staten og i kommunen',
  inState: 'I staten',
  inMunicipality: 'I kommunen',
  whichSector: 'Hvor jobber du? Jeg husker svaret til neste gang.',
  pickState: 'Staten',
  pickMunicipality: 'Kommune',
  sectorSaved: (name: string) => `Greit, jeg svarer for ${name} fra nå av. Skriv «sektor» for å se eller endre det.`,

  // The sektor command
  sectorIs: (name: string) => `Jeg svarer for ${name}. Skriv «sektor stat» eller «sektor kommune» for å endre.`,
  sectorUnknown: 'Jeg vet ikke hvilken sektor du jobber i. Skriv «sektor stat» eller «sektor kommune», så tilpasser jeg svarene.',
  sectorDefault: (name: string) => `Jeg svarer for ${name} (arbeidsgiverens standard). Skriv «sektor stat» eller «sektor kommune» for å velge selv.`,

  // Questions outside inclusive hiring
  offTopicTitle: 'Dette svarer jeg ikke på',
  offTopicScope: 'Jeg svarer på spørsmål om inkluderende rekruttering: ansettelser og unntak, målgruppen, NAV-tiltak og tilrettelegging.',
  offTopic: {
    pay: 'Spørsmål om lønn, lønnsslipp, utbetaling og overtid går til lønnskontoret eller personalportalen deres (i staten ofte DFØ).',
    leave: 'Spørsmål om ferie, permisjon og fri står i personalhåndboka; ellers spør nærmeste leder eller HR.',
    sickleave: 'Sykefravær og sykepenger for dere som er ansatt følger rutinen for sykefraværsoppfølging; spør HR. Refusjon fra NAV: nav.no/arbeidsgiver.',
    it: 'IT-spørsmål (PC, passord, tilganger, programmer) går til IT-brukerstøtte.',
    travel: 'Reiser, diett og reiseregning står i reiseinstruksen; spør økonomi eller lønn.',
    pension: 'Pensjon: Statens pensjonskasse i staten, KLP eller kommunens pensjonskasse i kommunene – eller spør HR.',
    task: 'Jeg svarer fra en kunnskapsbase med kilder, og oversetter, skriver eller oppsummerer ikke tekster. Still meg gjerne et spørsmål om en ansettelse.',
    own: 'Din egen oppsigelsestid og dine egne arbeidsvilkår står i arbeidsavtalen din og i personalhåndboka; spør HR eller lederen din.',
  },
} as const;

export const MAX_QUESTION = 500;
export const MAX_COMMENT = 1000;
