/** User-facing strings of the welcome, help and fallback cards (Norwegian bokmål). */
import { escapeText } from '../shared/escape.js';

export const S = {
  appName: 'Inkluderingsveilederen',
  welcomeTitle: 'Velkommen til Inkluderingsveilederen',
  welcomeIntro:
    'Jeg hjelper deg som leder eller HR å bruke handlingsrommet i regelverket når dere skal ansette – for eksempel å ansette noen med nedsatt funksjonsevne eller hull i CV-en, med hjelp fra NAV.',
  welcomeTry: 'Prøv for eksempel å skrive: «Kan jeg ansette noen uten å lyse ut stillingen?»',
  privacy: 'Jeg spør aldri om navn, diagnoser eller helseopplysninger. Svarene mine er veiledning, ikke juridiske vedtak.',
  helpTitle: 'Dette kan jeg hjelpe deg med',
  helpFooter: 'Skriv «hjelp» når som helst for å se denne oversikten igjen.',
  hrSection: 'For HR og administratorer',
  commandLabel: (c: string) => `Skriv: «${c}»`,
  showHelp: 'Vis hva jeg kan',
  unknownActionTitle: 'Den knappen kjenner jeg ikke igjen',
  unknownAction: 'Knappen kan være fra en eldre versjon av meg, eller kortet er utdatert. Ingenting er endret. Skriv «hjelp» for å se hva jeg kan, eller start på nytt.',
  unknownCommand: (c: string) => `Jeg kjenner ikke kommandoen «${escapeText(c, { max: 60 })}». Skriv «hjelp» for å se hva jeg kan – eller still spørsmålet ditt med vanlige ord.`,
  badData: 'Noe i svaret fra kortet var ikke slik jeg ventet. Ingenting er endret. Prøv igjen, eller skriv «hjelp».',
  error: 'Beklager, noe gikk galt hos meg. Ingenting du har lagt inn er mistet – prøv igjen om litt. Hvis det fortsetter, kontakt HR.',
  emptyMessage: 'Jeg fikk en tom melding. Skriv et spørsmål, eller «hjelp» for å se hva jeg kan.',
  handOffWhy: 'Det tar vi i en privat chat med meg, så svar om stillinger, kandidater og HR-lister ikke blir synlige for alle her.',
  handOffSent: 'Jeg har sendt deg en melding der.',
  handOffNoChat: (command: string) => `Åpne en chat med meg (Inkluderingsveilederen) og skriv «${escapeText(command, { max: 60 })}» der.`,
  handOffTitle: 'Vi fortsetter her',
  handOffPrivate: 'Du ba om dette i en kanal eller gruppechat. Her ser bare du svarene. Trykk på knappen for å fortsette.',
  handOffContinue: 'Fortsett her',
  onlyText: 'Jeg kan bare lese tekst. Skriv spørsmålet ditt, eller «hjelp» for å se hva jeg kan.',
} as const;
