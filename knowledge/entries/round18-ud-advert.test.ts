/**
 * Round eighteen (r18-ud-advert): universal design of the recruitment process and its digital tools, and writing the
 * job advertisement. 81 probe questions were written from public pages (Uu-tilsynet's WCAG pages and its FAQ on the
 * accessibility statement, Difi/DFØ's advice on the advertisement text, Statens personalhåndbok on Lovdata,
 * Datatilsynet and Virke on police certificates, LDO 11/1272 on a driving-licence requirement, Namsos kommune's
 * writing advice) and run for a state, a municipal and an unknown asker. Most reached an entry already; the round
 * adds one entry on the WCAG requirements a manager meets in the application form (zoom, reflow, keyboard, contrast,
 * alt text, screen reader) with two new parameters (uu.text-resize-percent, uu.reflow-zoom-percent), one municipal
 * entry on pay in the advertisement, the state rule that a police-certificate requirement must be stated in the
 * advertisement (state-ad-content, hiring-police-certificate), Uu-tilsynet's word on fagsystemer (hiring-uu-intranet),
 * and phrasings in other words. Sources were read 2026-12-02; changed entries keep their lastReviewed.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['uu-form-zoom-keyboard-contrast', 'mun-ad-pay-in-advert'] as const;

describeHouseStyle('round eighteen ud-advert entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eighteen ud-advert entries say what their sources say',
  [
    // Uu-tilsynet, WCAG 1.4.4 Endring av tekststørrelse: up to 200 % without assistive technology, nothing lost
    ['uu-form-zoom-keyboard-contrast', /forstørres til 200 % uten hjelpemiddelteknologi/],
    // Uu-tilsynet, WCAG 1.4.10 Dynamisk tilpasning (Reflow): 400 %, no scrolling in two dimensions
    [
      'uu-form-zoom-keyboard-contrast',
      /forstørres til 400 % \(målt i et vindu som er 1 280 CSS-piksler bredt\) og leses i én kolonne, uten tap av informasjon eller funksjon og uten at søkeren må rulle i to retninger/,
    ],
    // Uu-tilsynet, WCAG 2.1.1 Tastatur: all functionality by keyboard alone; not a ban on the mouse
    ['uu-form-zoom-keyboard-contrast', /all funksjonalitet skal kunne brukes kun med tastatur/],
    ['uu-form-zoom-keyboard-contrast', /ikke et forbud mot mus/],
    // Uu-tilsynet, Bilder og grafikk: decorative images get an empty alt attribute
    ['uu-form-zoom-keyboard-contrast', /rent dekorative bilder skal ha tom alt-tekst/],
    // Difi (uu-bloggen, web og dysleksi): coded for read-aloud, form fields with instructions and error messages
    ['uu-form-zoom-keyboard-contrast', /skjemafelt skal ha gode instruksjoner og feilmeldinger/],
    // Namsos kommune, Skriv gode stillingsannonser: include job code and pay range; the text binds
    ['mun-ad-pay-in-advert', /ta med stillingskode og lønnsramme/],
    ['mun-ad-pay-in-advert', /utlysningsteksten er bindende/],
    // Samfunnsviterne, Hva er stillingskode?: municipal examples with «lønn etter avtale»
    ['mun-ad-pay-in-advert', /«lønn etter avtale»/],
    // Statens personalhåndbok 2017 pkt. 2.3.2.2 (Lovdata): a police-certificate requirement must be stated in the advertisement
    ['state-ad-content', /kreves politiattest, må det nevnes i kunngjøringen/],
    ['hiring-police-certificate', /I staten skal kravet nevnes i kunngjøringen/],
    // Datatilsynet: «bør gå frem av stillingsutlysningen»; Virke: not a requirement, but recommended
    ['hiring-police-certificate', /Virke at det ikke er et krav, men anbefales/],
    // Uu-tilsynet, webinar on content (Q&A): fagsystemer are not covered unless they produce content for covered solutions
    ['hiring-uu-intranet', /fagsystemer ikke er omfattet av kravene/],
  ],
  DAY,
);

// This round's probe questions (written from the public pages before the entries were changed), with the asker's sector.
describeRoutedQuestions(
  'round eighteen ud-advert manager questions reach the entry that holds the fact',
  [
    ['Må søknadsskjemaet kunne forstørres til 400 prosent uten at man må scrolle sidelengs?', 'state', 'uu-form-zoom-keyboard-contrast'],
    ['Søknadsskjemaet kan ikke brukes uten mus, er det lov?', 'municipal', 'uu-form-zoom-keyboard-contrast'],
    ['Må teksten i stillingsannonsen kunne forstørres?', undefined, 'uu-form-zoom-keyboard-contrast'],
    ['Må vi ha kontrast og alt-tekst på bildene i stillingsannonsen?', 'municipal', 'uu-form-zoom-keyboard-contrast'],
    ['Bør vi skrive lønn i stillingsannonsen i kommunen?', 'municipal', 'mun-ad-pay-in-advert'],
    ['Skal kravet om politiattest stå i utlysningen i staten?', 'state', 'state-ad-content'],
    ['Må vi skrive i annonsen at det kreves politiattest?', 'municipal', 'hiring-police-certificate'],
    ['Gjelder kravene til universell utforming for fagsystemer vi bruker internt?', 'state', 'hiring-uu-intranet'],
    ['Gjelder kravet om tilgjengelighetserklæring for et statlig aksjeselskap?', 'state', 'uu-statement-who-must'],
    ['Kven i kommunen skal svare på tilbakemeldingar i tilgjengelegheitserklæringa?', 'municipal', 'uu-feedback-response'],
    ['Må kommunens app for vikarer være universelt utformet?', 'municipal', 'hiring-uu-ict-requirements'],
    ['Har kommunen en fast mangfoldstekst i stillingsannonsene?', 'municipal', 'mun-inclusive-job-ads'],
    ['Hvor bør vi lyse ut for å nå folk som står utenfor arbeidslivet?', undefined, 'hiring-ad-reach-target-group'],
    ['Må søkerne kunne søke uten å laste opp CV i et bestemt format?', undefined, 'hiring-uu-application-alternative'],
    ['Korleis skriv vi ei stillingsannonse som ikkje stengjer ute folk med hol i CV-en?', 'state', 'ad-writing-inclusive-tips'],
    ['Does our recruitment website have to meet WCAG?', undefined, 'hiring-uu-ict-requirements'],
    ['Kan vi kreve at søkere har førerkort i annonsen?', undefined, 'hiring-lawful-differential-treatment'],
    ['En søker klager på at søknadsskjemaet ikke fungerer med skjermleser, hvor fort må vi svare?', 'state', 'uu-feedback-response'],
    ['Må det kommunale foretaket vårt ha egen tilgjengelighetserklæring?', 'municipal', 'uu-statement-who-must'],
    ['Må lønnen stå i stillingsannonsen?', 'state', 'state-ad-content'],
    ['Kan vi legge ut utlysningen som et skannet dokument?', 'municipal', 'hiring-uu-pdf-attachments'],
    ['Hva er standardteksten om mangfold i statlige utlysninger?', 'state', 'state-ad-diversity-text'],
    ['Vi skal ha digitalt informasjonsmøte for søkere, må det tekstes direkte?', 'municipal', 'uu-live-webinar'],
    ['Hvor mye må vi teste før vi fyller ut erklæringen?', undefined, 'uu-statement-upkeep'],
  ],
  DAY,
);

describe('round eighteen ud-advert known misses', () => {
  it.todo('whether a state-owned company (AS, statsforetak) is an offentligrettslig organ was not read; uu-statement-who-must says the body decides itself');
});

// Questions of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round eighteen known misses are still missed',
  [
    ['Hvor lager vi tilgjengelighetserklæringen for kommunens nettsider?', undefined, 'uu-statement-upkeep', 'goes to uu-statement-who-must'],
    ['Kan vi skrive at vi tilrettelegger for søkere med funksjonsnedsettelse?', undefined, 'ad-writing-inclusive-tips', 'goes to duty-accommodation-applicants'],
  ],
  DAY,
);
