/**
 * Round twenty-four (r24-wcag): the WCAG requirements a manager meets when testing the job portal or the careers site,
 * both sectors. Sources read 2026-12-03: Uu-tilsynet's pages on the WCAG standard (2.1.2 Ingen tastaturfelle, 2.4.1
 * Hoppe over blokker, 2.4.3 Fokusrekkefølge, 2.4.7 Synlig fokus, 1.4.3 Kontrast (minimum), 1.4.11 Kontrast for
 * ikke-tekstlig innhold, 1.4.10 Dynamisk tilpasning), Difi's «Løsningsforslag – kontrast» (large text from 18 pt / 24 px,
 * bold from 14 pt / 19 px) and W3C's «Understanding SC 2.2.1 Timing Adjustable» (at least ten times the default, at
 * least 20 seconds to extend, at least ten times; the 20-hour exception). The WCAG thresholds are the standard's own
 * fixed values, not dated law: they are written in the text, not as parameters.
 */
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeHouseStyle('round twenty-four WCAG entries keep the house style', ['uu-keyboard-trap', 'uu-focus-visible', 'uu-skip-link', 'uu-contrast-ratio'], {
  day: DAY,
  english: true,
});

describeFacts(
  'round twenty-four WCAG entries say what their sources say',
  [
    // Uu-tilsynet 2.1.2: focus moved into a component can be moved away with the keyboard; else the user is told how
    ['uu-keyboard-trap', /skal hen også kunne flytte det \*\*ut igjen\*\* med tastaturet/],
    ['uu-keyboard-trap', /skal søkeren få beskjed om hvordan/],
    // Uu-tilsynet 2.1.2, Tilsynets tolking: all content and functionality reachable with the keyboard
    ['uu-keyboard-trap', /gjelder alt innhold og all funksjonalitet på siden som kan nås med tastaturet/],
    // Uu-tilsynet 2.4.7: the keyboard focus indicator is visible; examples of focus marking
    ['uu-focus-visible', /skal det alltid synes hvilket element som har fokus/],
    ['uu-focus-visible', /ramme, linje eller understreking, endret farge på bakgrunn eller tekst, skygge/],
    // Uu-tilsynet 1.4.11: user-interface components at least 3:1 against adjacent colours
    ['uu-focus-visible', /minst 3:1 mot fargene ved siden av \(krav 1\.4\.11\)/],
    // Uu-tilsynet 2.4.3: focus order preserves meaning and operation
    ['uu-focus-visible', /rekkefølge som bevarer meningen/],
    // Uu-tilsynet 2.4.1: a mechanism to bypass blocks repeated on several pages; not a single-page site
    ['uu-skip-link', /gå forbi innhold som gjentas på flere sider/],
    ['uu-skip-link', /et nettsted med bare én enkel side er ikke omfattet/],
    // Uu-tilsynet 1.4.3: 4.5:1, large text 3:1, logos exempt
    ['uu-contrast-ratio', /\*\*minst 4,5:1\*\*/],
    ['uu-contrast-ratio', /Stor tekst:\*\* minst \*\*3:1\*\*/],
    ['uu-contrast-ratio', /tekst i en logo eller et varemerkenavn/],
    // Difi, løsningsforslag kontrast: large text from 18 pt (24 px), bold from 14 pt (19 px)
    ['uu-contrast-ratio', /fra 18 punkt \(om lag 24 piksler\) i vanlig skrift, eller fra 14 punkt \(om lag 19 piksler\) i fet skrift/],
    // Uu-tilsynet 1.4.3 and 1.4.10, now concrete in the general entry
    ['uu-form-zoom-keyboard-contrast', /kontrastforhold på minst 4,5:1 mot bakgrunnen, stor tekst minst 3:1/],
    ['uu-form-zoom-keyboard-contrast', /1 280 CSS-piksler bredt\) og leses i én kolonne, uten tap av informasjon eller funksjon/],
    // W3C, Understanding 2.2.1: adjust to at least ten times; warned with at least 20 seconds to extend; 20-hour exception
    ['uu-application-form-time-errors', /minst ti ganger standardtiden, og et varsel skal gi søkeren minst 20 sekunder til å forlenge/],
    ['uu-application-form-time-errors', /tidsgrenser over 20 timer/],
  ],
  DAY,
);

describeRoutedQuestions(
  'manager questions about testing the job portal reach the WCAG entries',
  [
    ['Når jeg bruker tab-tasten i kartet på karrieresiden vår, kommer jeg ikke ut av det igjen. Er det lov?', 'municipal', 'uu-keyboard-trap'],
    ['Vi ser ikke hvor vi er når vi navigerer med tastaturet i rekrutteringsløsningen. Er det et krav om synlig fokus?', 'state', 'uu-focus-visible'],
    ['Trenger jobbportalen en snarvei rett til hovedinnholdet for dem som bruker skjermleser?', 'state', 'uu-skip-link'],
    ['Hvor høy kontrast må den lyseblå teksten i stillingsannonsene våre ha mot bakgrunnen?', 'municipal', 'uu-contrast-ratio'],
  ],
  DAY,
);
