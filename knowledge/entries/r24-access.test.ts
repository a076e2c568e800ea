/**
 * Round twenty-four (r24-access): a legal review of the universal-design and accommodation entries (round11-accessibility,
 * round19-access, hiring-accessibility, hiring-universal-design; 27 entries). Sources read 2026-12-03:
 * regjeringen.no Prop. 141 LS (2020–2021) kap. 2, 5 and 18 (Digdir by Uu-tilsynet supervises under ldl § 36 (1);
 * Diskrimineringsnemnda enforces § 18 since the exception in diskrimineringsombudsloven § 7 was repealed; under a
 * cooperation agreement Uu-tilsynet gives the nemnd «på forespørsel, en skriftlig IKT-faglig uttalelse» in its cases);
 * Uu-tilsynet: «EUs webdirektiv (WAD)» («Nye intra- og ekstranett omfattes», private sector gets no new requirements),
 * «Om tilgjengelegheitserklæring» (deadline 1 Feb 2023 for websites, 1 Feb 2024 for apps), the FAQ on the statement,
 * «Krav om synstolking …» and WCAG 1.2.5 (forskriften § 4b tredje ledd; recordings of live broadcasts within 14 days),
 * the farmasiet.no report (ldl § 36 (1) jf. § 18 and forskriften § 5), uubloggen 28.10.2022 (ikt-faglege uttaler til
 * Diskrimineringsnemnda), the uustatus.no statement for uutilsynet.no; Midt-Telemark kommune (intranets published after
 * 1 Feb 2023 or substantially upgraded); LDO «Nedsatt funksjonsevne» (ldl § 22; aml § 4-6 for reduced work capacity);
 * arbeidsmiljøloven § 4-6 (text as reproduced on arbeidsmiljoloven.com); Kunnskapsbanken (NAV) on § 22; Trygderett.no
 * folketrygdloven § 10-7; KS on the 18 municipalities without a statement. Each row names its source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedEntries, describeFacts } from '../../test/support/entryChecks.js';

const DAY = '2026-12-03';

describeFacts(
  'round twenty-four universal-design corrections say what their sources say',
  [
    // Prop. 141 LS kap. 18: on request, Uu-tilsynet gives the nemnd a written IKT-faglig statement (cooperation agreement)
    ['hiring-uu-supervision-complaints', /Ber nemnda om det, gir Uu-tilsynet en skriftlig IKT-faglig uttalelse i klagesaken/],
    ['hiring-uu-supervision-complaints', /samarbeidsavtale mellom Digitaliseringsdirektoratet og nemnda \(Prop\. 141 LS \(2020–2021\) kap\. 18\)/],
    // Prop. 141 LS kap. 18: the nemnd enforces § 18 (the exception in diskrimineringsombudsloven § 7 was repealed)
    ['hiring-uu-supervision-complaints', /Nemnda håndhever også § 18 om IKT/],
    // Prop. 141 LS kap. 5 and the farmasiet.no report: supervision rests on ldl § 36 (1), jf. § 18
    ['hiring-uu-supervision-complaints', /likestillings- og diskrimineringsloven § 36 første ledd, jf\. § 18\)/],
    // Uu-tilsynet, farmasiet.no report: «… ldl § 18 og forskrift om universell utforming av ikt-løsninger § 5»
    ['uu-supervision-process', /forskrift om universell utforming av IKT-løsninger § 5\./],
    // Uu-tilsynet, EUs webdirektiv (WAD): «Nye intra- og ekstranett omfattes»
    ['hiring-uu-ict-requirements', /også for nye intranett og ekstranett \(Uu-tilsynet\)/],
    ['hiring-uu-intranet', /webdirektivet tok nye \*\*intranett og ekstranett\*\* inn i kravene/],
    ['hiring-uu-vs-accommodation', /Uu-tilsynet skriver at nye intra- og ekstranett omfattes/],
    ['uu-wcag-version', /nettsteder, apper og nye intranett og ekstranett/],
    // Midt-Telemark kommune: intranets published after 1 Feb 2023 or substantially upgraded after that date
    ['hiring-uu-intranet', /publisert etter 1\. februar 2023, eller som har fått en vesentlig oppgradering etter den datoen/],
    // Uu-tilsynet (Krav om synstolking; WCAG 1.2.5): video published from 1 Feb 2024 is audio-described, § 4b tredje ledd
    ['hiring-uu-ict-requirements', /fra 1\. februar 2024, skal i tillegg synstolkes \(forskriften § 4b tredje ledd\)/],
    ['uu-wcag-version', /synstolking\*\* av forhåndsinnspilt video i tillegg \(forskriften § 4b tredje ledd\)/],
    // aml § 4-6 (1): reduced work capacity «som følge av ulykke, sykdom, slitasje e.l.»; LDO: aml § 4-6 for that case
    ['hiring-uu-intranet', /§ 22; er arbeidsevnen redusert etter ulykke, sykdom, slitasje e\.l\., også arbeidsmiljøloven § 4-6/],
    // Prop. 141 LS kap. 5 and Kunnskapsbanken (NAV): the nemnd hears § 17/18 and § 22 complaints
    ['hiring-universal-design', /både om universell utforming \(§§ 17 og 18\) og om manglende individuell tilrettelegging \(§ 22\)/],
  ],
  DAY,
);

describe('round twenty-four removed imprecise wording', () => {
  const { entry } = curatedEntries();
  it('hiring-uu-supervision-complaints no longer says only that the nemnd «kan be» for a statement without its basis', () => {
    expect(entry('hiring-uu-supervision-complaints').answer).not.toContain('I saker om IKT kan nemnda be Uu-tilsynet om en faglig uttalelse.');
  });
  it('hiring-uu-supervision-complaints no longer names § 18 alone as the basis for supervision', () => {
    expect(entry('hiring-uu-supervision-complaints').answer).not.toContain('oppfyller kravene (likestillings- og diskrimineringsloven § 18).');
  });
  it('hiring-uu-intranet no longer gives aml § 4-6 as an unconditional basis for every employee', () => {
    expect(entry('hiring-uu-intranet').answer).not.toContain('(likestillings- og diskrimineringsloven § 22, arbeidsmiljøloven § 4-6)');
  });
  it('no entry of this round says every intranet is covered without «nye»', () => {
    expect(entry('hiring-uu-ict-requirements').answer).not.toContain('for offentlig sektor, også for intranett og ekstranett.');
    expect(entry('uu-wcag-version').answer).not.toContain('nettsteder, apper, intranett og ekstranett');
  });
});

// Every entry of the four files this review read (the files are the list).
const REVIEWED = ['round11-accessibility', 'round19-access', 'hiring-accessibility', 'hiring-universal-design'].flatMap((file) =>
  (JSON.parse(readFileSync(new URL(`./${file}.json`, import.meta.url), 'utf8')) as Array<{ id: string }>).map((e) => e.id),
);

describe('round twenty-four reviewed entries are dated and cite a page read that day', () => {
  const { entry } = curatedEntries();
  it('reads the 27 entries of the four files', () => expect(REVIEWED).toHaveLength(27));
  it.each(REVIEWED)('%s', (id) => {
    const e = entry(id);
    expect(e.lastReviewed >= DAY).toBe(true);
    expect(e.sources.some((s) => s.type === 'web' && s.read === DAY && s.url.startsWith('https://'))).toBe(true);
  });
});
