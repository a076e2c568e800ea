/**
 * Round eleven (r11-access): universal design in recruitment (the accessibility statement and its feedback, Uu-tilsynet's
 * supervision and fines, which WCAG applies, captions and audio description of recruitment video, live webinars, social
 * media, plain language, who supervises buildings) and individual accommodation (NAV's taxi scheme, screen readers and
 * software, guide dogs and allergic colleagues, who pays for building changes, withdrawing an offer). Sources read 2026-12-01.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'uu-statement-upkeep',
  'uu-feedback-response',
  'uu-supervision-process',
  'uu-wcag-version',
  'uu-video-captions',
  'uu-live-webinar',
  'uu-social-media-recruitment',
  'uu-plain-language-job-ad',
  'uu-buildings-supervision',
  'nav-work-travel',
  'nav-computer-aids',
  'duty-guide-dog-workplace',
  'nav-workplace-building-adaptation',
  'hiring-withdraw-offer-accommodation',
] as const;

describeHouseStyle('round eleven accessibility entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eleven accessibility entries say what their sources say',
  [
    ['uu-statement-upkeep', /minst én tilgjengelighetserklæring per nettsted eller app/],
    ['uu-statement-upkeep', /bare én innlogging \(PIN-koden\)/],
    ['uu-statement-upkeep', /ingen krav i regelverket til hvor mye dere må teste/],
    ['uu-feedback-response', /så snart som mulig/],
    ['uu-feedback-response', /manglende eller sene svar/],
    ['uu-supervision-process', /pålegg om retting.*tvangsmulkt \(dagbøter\)/s],
    ['uu-supervision-process', /Askøy kommune.*ti tusen kroner.*påbegynte måned/s],
    ['uu-supervision-process', /fem virkedager/],
    ['uu-wcag-version', /WCAG 2\.1.*35 krav i WCAG 2\.0/s],
    ['uu-wcag-version', /til sammen 47 krav/],
    ['uu-wcag-version', /1\. februar 2024 for apper/],
    ['uu-wcag-version', /ikke funnet at WCAG 2\.2 er gjort til lovkrav/],
    ['uu-video-captions', /fra 1\. februar 2024.*synstolket.*§ 4b tredje ledd/s],
    ['uu-video-captions', /reklame fra en tredjepart/],
    ['uu-live-webinar', /^Nei, ikke mens det sendes direkte.*innen 14 dager/s],
    ['uu-social-media-recruitment', /egne nettsider som hovedkanal/],
    ['uu-plain-language-job-ad', /språkloven § 9.*klart, korrekt og tilpasset målgruppa/s],
    ['uu-plain-language-job-ad', /ikke funnet et krav om en egen lettlest versjon/],
    ['uu-buildings-supervision', /kommunen som bygningsmyndighet/],
    ['uu-buildings-supervision', /Arbeidstilsynet.*§ 18-1/s],
    ['uu-buildings-supervision', /utformet, dimensjonert og innredet[^.]*arbeidsplassforskriften § 2-4/],
    ['nav-work-travel', /lenger enn 1 år/],
    ['nav-work-travel', /arbeidsgiveren betaler ikke/],
    ['nav-work-travel', /mangler et kollektivtilbud.*ikke nok alene/s],
    ['nav-computer-aids', /vanlig datautstyr\*\* som PC og skjerm er arbeidsgiverens/],
    ['nav-computer-aids', /over 2 år/],
    ['duty-guide-dog-workplace', /§ 10-7 bokstav d/],
    ['duty-guide-dog-workplace', /tok for lang tid/],
    ['nav-workplace-building-adaptation', /tilrettelegging av det fysiske miljøet/],
    ['nav-workplace-building-adaptation', /§ 10-8/],
    ['hiring-withdraw-offer-accommodation', /^Nei, ikke fordi/],
    ['hiring-withdraw-offer-accommodation', /høgskole avlyste intervju/],
    ['hiring-withdraw-offer-accommodation', /\(§ 37\)/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings.
describeRoutedQuestions(
  'round eleven accessibility questions reach the entry that holds the fact',
  [
    ['Må vi revidere uu-erklæringen hvert år?', undefined, 'uu-statement-upkeep'],
    ['En bruker har sendt inn feil via tilbakemeldingsskjemaet i erklæringen – har vi svarplikt?', undefined, 'uu-feedback-response'],
    ['Vi har fått varsel om tvangsmulkt fra Uu-tilsynet – hvordan pleier slike saker å gå?', undefined, 'uu-supervision-process'],
    ['Holder det at nettsiden oppfyller WCAG 2.0, eller må vi ha 2.1?', undefined, 'uu-wcag-version'],
    ['Trenger filmen om hvordan det er å jobbe hos oss undertekster og beskrivelse for blinde?', undefined, 'uu-video-captions'],
    ['Vi strømmer et infomøte om traineestillinger – gjelder kravet om teksting?', undefined, 'uu-live-webinar'],
    ['Er det lov å dele stillingsutlysningen bare som et bilde på LinkedIn?', undefined, 'uu-social-media-recruitment'],
    ['Krever språkloven at utlysningsteksten er lett å forstå?', undefined, 'uu-plain-language-job-ad'],
    ['Hvilken myndighet passer på at kontorlokalene er universelt utformet?', undefined, 'uu-buildings-supervision'],
    ['Nyansatt med sterkt nedsatt gangfunksjon – får hen dekket taxi til kontoret?', undefined, 'nav-work-travel'],
    ['Hvem kjøper leselist og talesyntese til en synshemmet saksbehandler?', undefined, 'nav-computer-aids'],
    ['Blind nyansatt kommer med førerhund – kan vi si nei til hunden på arbeidsplassen?', undefined, 'duty-guide-dog-workplace'],
    ['Betaler hjelpemiddelsentralen for automatisk dør på kontoret vårt?', undefined, 'nav-workplace-building-adaptation'],
    ['Kan vi ombestemme oss om ansettelsen når det viser seg at kandidaten trenger mye tilrettelegging?', undefined, 'hiring-withdraw-offer-accommodation'],
  ],
  DAY,
);
