/**
 * Round nineteen (r19-temp): temporary hiring in practice, state and municipal. Checked what the base already held
 * (project money, a project ending early, no qualified applicants and the substitute's tasks in the state; on-call
 * substitutes, a request for a permanent post, unlawful temporary hires and the yearly discussion with the union
 * representatives in municipalities) and filled the gaps from public pages read 2026-12-02: Arbeidstilsynet's law text
 * (arbeidsmiljøloven §§ 14-6, 14-8 a and 18-6), Lovdata (arbeidsmiljøloven § 18-1), DFØ/Difi «Midlertidig ansettelse»
 * and «Midlertidig ansatt», Stortinget (Innst. 60 L (2023–2024)), regjeringen.no (Prop. 130 L (2022–2023) kap. 13),
 * Legeforeningen (Yngre legers forening: Vikariater), Compendia («Om vilkåret vikar», «Krav til innholdet i en
 * midlertidig arbeidsavtale»), Arbeidslivsjuss («Vikariatet»), Codex («Bruk av tilkallingsvikar») and
 * Arbeidsrettsadvokater («Tilkallingskontrakter»).
 * New: a municipal entry on a substitute given other tasks than the absent employee's (the state's rule, from DFØ, is
 * in state-temp-substitute). Extended: mun-request-permanent-written-answer names the provision (§ 14-8 a, not
 * § 14-3 a) and its conditions (two new parameters); mun-temp-union-discussion says who supervises the duty and how;
 * mun-on-call-substitutes says what the written contract must state; phrasings for state-temp-temporary-nature,
 * state-temp-no-qualified-applicants, state-temp-substitute and temp-early-termination.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions, describeKnownMisses } from '../../test/support/entryChecks.js';

const DAY = '2026-12-02';

const NEW = ['mun-temp-substitute-other-tasks'] as const;

describeHouseStyle('round nineteen temporary-hiring entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round nineteen temporary-hiring entries say what their sources say',
  [
    // Legeforeningen (Vikariater): the substitute fills a given post or given tasks in one or more employees' absence
    ['mun-temp-substitute-other-tasks', /vikaren gjør arbeid \*\*i stedet for\*\* en eller flere som er borte/],
    // Compendia (Om vilkåret vikar): calling it a substitute post without a real need is unlawful circumvention; no named person needed
    ['mun-temp-substitute-other-tasks', /uten at det i realiteten er et vikarbehov, er det en ulovlig omgåelse av regelverket/],
    ['mun-temp-substitute-other-tasks', /vikaren må ikke vikariere for én bestemt person/],
    // Arbeidslivsjuss (Vikariatet): absence from the post or the tasks, not from the workplace, grounds a substitute post
    ['mun-temp-substitute-other-tasks', /fravær fra stillingen eller oppgavene er nok \(Arbeidslivsjuss\)/],
    // Arbeidstilsynet (aml § 14-6): the contract states the ground of a temporary hire (§ 14-9)
    ['mun-temp-substitute-other-tasks', /Grunnlaget skal stå i arbeidsavtalen \(§ 14-6\)/],
    // Arbeidsrettsadvokater (Tilkallingskontrakter): an invalid temporary contract lets the employee claim a permanent post
    ['mun-temp-substitute-other-tasks', /kan den ansatte kreve fast ansettelse \(§ 14-11\)/],
    // Arbeidstilsynet (aml § 14-8 a): the provision, more than six months employed, probation over, six months between requests
    ['mun-request-permanent-written-answer', /arbeidsmiljøloven § 14-8 a/],
    ['mun-request-permanent-written-answer', /skriftlig og begrunnet svar innen 1 måned\*\*/],
    ['mun-request-permanent-written-answer', /ansatt i virksomheten i mer enn 6 måneder og er ferdig med eventuell prøvetid/],
    ['mun-request-permanent-written-answer', /mindre enn 6 måneder siden forrige forespørsel/],
    // Lovdata (aml § 18-1) and Arbeidstilsynet (aml § 18-6): supervision; orders for § 14-14 a, in writing with a deadline; § 14-9 not listed
    ['mun-temp-union-discussion', /Arbeidstilsynet fører tilsyn med arbeidsmiljøloven \(§ 18-1\)/],
    ['mun-temp-union-discussion', /kan gi pålegg om at drøftingsplikten i § 14-14 a blir fulgt \(§ 18-6\)/],
    ['mun-temp-union-discussion', /Et pålegg gis skriftlig med en frist/],
    ['mun-temp-union-discussion', /\(§ 14-9\) står ikke blant bestemmelsene i § 18-6/],
    // Arbeidstilsynet (aml § 14-6), Compendia (Krav til innholdet): expected duration and ground; periodic work: when
    ['mun-on-call-substitutes', /hvor lenge arbeidsforholdet forventes å vare og \*\*grunnlaget\*\* for ansettelsen/],
    ['mun-on-call-substitutes', /fastsette eller gi grunnlag for å beregne når \(arbeidsmiljøloven § 14-6\)/],
    // Codex (Bruk av tilkallingsvikar): the conditions must be met each time; a new contract per period or a running framework agreement
    ['mun-on-call-substitutes', /hver vakt er en \*\*midlertidig ansettelse\*\* som må ha et lovlig grunnlag/],
    // DFØ (Midlertidig ansettelse): money granted for tasks for a limited period as an example of a delimited assignment
    ['state-temp-temporary-nature', /har \*\*bevilget midler\*\* til oppgaver for en begrenset periode/],
    // DFØ (Midlertidig ansatt): neither the period nor the assignment can be delimited → temporary hire as a rule not allowed
    ['state-temp-temporary-nature', /Kan verken tidsrommet eller oppdraget avgrenses, er midlertidig ansettelse som hovedregel ikke tillatt/],
    // DFØ (Midlertidig ansettelse): special qualifications and no qualified applicants
    ['state-temp-no-qualified-applicants', /\*\*spesielle kvalifikasjoner\*\* og det \*\*ikke har meldt seg kvalifiserte søkere\*\*/],
    // DFØ (Midlertidig ansettelse): no substitute for entirely new tasks
    ['state-temp-substitute', /Dere kan ikke ansette en vikar for å gjøre helt nye oppgaver/],
  ],
  DAY,
);

// Probe questions written for this round, in the words managers use in Teams.
describeRoutedQuestions(
  'round nineteen manager questions reach the entry that holds the fact',
  [
    ['Departementet bevilger penger til et prosjekt i to år, kan vi ansette i engasjement på det?', 'state', 'state-temp-temporary-nature'],
    ['prosjektmidler i 2 år fra departementet – lovlig grunn for midlertidig ansettelse?', 'state', 'state-temp-temporary-nature'],
    ['prosjektet ble lagt ned før kontraktens sluttdato, løper engasjementet ut likevel?', 'state', 'temp-early-termination'],
    ['Ingen av søkerne var kvalifisert – kan vi ta inn en som ikke fyller alle kravene midlertidig?', 'state', 'state-temp-no-qualified-applicants'],
    ['kan vi ansette en ukvalifisert søker i etaten i påvente av ny utlysning?', 'state', 'state-temp-no-qualified-applicants'],
    ['Kan vikaren brukes på et annet prosjekt enn det den fraværende jobbet med?', 'state', 'state-temp-substitute'],
    ['vikar i etaten settes på nye oppgaver, er det fortsatt et lovlig vikariat?', 'state', 'state-temp-substitute'],
    ['vikaren skal gjøre noe helt annet enn den sykmeldte, er det lov i kommunen?', 'municipal', 'mun-temp-substitute-other-tasks'],
    ['Kan kommunen bruke en vikar på et nytt prosjekt istedenfor den fraværendes arbeid?', 'municipal', 'mun-temp-substitute-other-tasks'],
    ['kan vikaren få nye arbeidsoppgåver i staden for dei til den som er borte?', 'municipal', 'mun-temp-substitute-other-tasks'],
    ['Kan vikaren få andre arbeidsoppgaver enn den som er borte?', undefined, 'mun-temp-substitute-other-tasks'],
    ['Kan vikaren få andre arbeidsoppgaver enn den som er borte?', undefined, 'state-temp-substitute'],
    ['Holder det med en rammeavtale for tilkallingsvikarene på sykehjemmet?', 'municipal', 'mun-on-call-substitutes'],
    ['ekstrahjelp som ringes inn – må vi lage ny kontrakt hver gang de tar en vakt?', 'municipal', 'mun-on-call-substitutes'],
    ['hva skal stå i arbeidsavtalen for ekstrahjelp på tilkalling?', 'municipal', 'mun-on-call-substitutes'],
    ['En midlertidig ansatt har bedt om fast jobb, hvor lang frist har kommunen for å svare?', 'municipal', 'mun-request-permanent-written-answer'],
    ['må vi gi skriftlig begrunnelse når vi sier nei til en vikar som vil bli fast?', 'municipal', 'mun-request-permanent-written-answer'],
    ['hvilken paragraf gir midlertidig ansatte rett til svar på ønske om fast stilling?', 'municipal', 'mun-request-permanent-written-answer'],
    ['Ein vikar har spurt om fast stilling, kor lang tid har kommunen på å svare?', 'municipal', 'mun-request-permanent-written-answer'],
    ['Hva kan skje hvis kommunen dekker et fast behov med midlertidige kontrakter?', 'municipal', 'mun-temp-invalid-ground'],
    ['kan vikaren få dom for fast stilling og erstatning mot kommunen?', 'municipal', 'mun-temp-invalid-ground'],
    ['Fører Arbeidstilsynet tilsyn med drøftingen av midlertidige ansettelser?', 'municipal', 'mun-temp-union-discussion'],
    ['vi har glemt den årlige drøftingen av midlertidige med tillitsvalgte, hva nå?', 'municipal', 'mun-temp-union-discussion'],
    ['Kan Arbeidstilsynet gi kommunen pålegg om å drøfte midlertidige ansettelser?', 'municipal', 'mun-temp-union-discussion'],
  ],
  DAY,
);

describe('round nineteen temporary-hiring known gaps', () => {
  it.todo(
    'the state side of the written answer to a request for more secure terms: Innst. 60 L names statsansatteloven, but no source read says whether arbeidsmiljøloven § 14-8 a applies to state employees; an unknown-sector question shows the municipal entry only',
  );
  it.todo(
    'no qualified applicants in the state: no source read gives a limit for a temporary hire while the post is re-advertised other than the three-year rule (statsansatteloven § 9); SPH kap. 2 on regjeringen.no was only seen in excerpt',
  );
  it.todo('arbeidsmiljøloven § 18-10 (overtredelsesgebyr) was not read: whether a missed yearly discussion under § 14-14 a can be fined is not in the entry');
  it.todo(
    'project money in the state: temp-project-position-duration (both sectors) says funding for a period is not enough in itself (Compendia); DFØ gives money granted for tasks for a limited period as an example of a delimited assignment — consistent, but a state-specific line in that entry could cite DFØ',
  );
});

// Probes of this round the index does not yet route to the entry that holds the answer (fails once one is fixed).
describeKnownMisses(
  'round nineteen temporary-hiring known misses are still missed',
  [
    ['holder det at prosjektet er eksternt finansiert for å tilsette midlertidig i etaten?', 'state', 'state-temp-temporary-nature', 'no answer (score about 0.43)'],
    ['Prosjektet i direktoratet blir avsluttet tidligere enn planlagt, hva skjer med engasjementet?', 'state', 'temp-early-termination', 'no answer (score about 0.42)'],
  ],
  DAY,
);
