/** User-facing strings of question answering (Norwegian bokmål). */
import { escapeText } from '../shared/escape.js';

export const S = {
  helpTitle: 'Still et spørsmål',
  helpDescription: 'Skriv et spørsmål med vanlige ord, for eksempel «Kan jeg ansette uten å lyse ut?» eller «Hvor mye dekker NAV av lønna?». Jeg svarer fra kunnskapsbasen, med kilder.',
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
  tooLong: (n: number) => `Spørsmålet var langt, så jeg har lest de første ${n} tegnene.`,
  emptyQuestion: 'Jeg fant ikke noe spørsmål i meldingen. Skriv det med vanlige ord, for eksempel «Kan jeg ansette uten å lyse ut?».',
  unknownEntry: 'Den oppføringen finnes ikke lenger i kunnskapsbasen. Still gjerne spørsmålet på nytt.',
  badData: 'Noe i svaret fra kortet var ikke slik jeg ventet. Ingenting er lagret. Prøv igjen.',
  questionSubject: 'Spørsmålet',
  commentSubject: 'Kommentaren',
  askAgain: 'Still spørsmålet på nytt med vanlige ord, og trykk «Send spørsmålet til HR» igjen om jeg ikke finner svaret.',
  youAsked: (q: string) => `Du spurte: «${escapeText(q, { max: 300 })}»`,
} as const;

export const MAX_QUESTION = 500;
export const MAX_COMMENT = 1000;
