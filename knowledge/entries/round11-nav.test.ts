/**
 * Round eleven (r11-nav): NAV measures in everyday practice — who can get arbeidstrening (age, uføretrygd), a
 * participant hired as a substitute, VTA-O for someone not yet on uføretrygd, suitable tasks and hours in VTA-O,
 * when a VTA-O agreement ends (state and municipality differ), VTA-O in a municipality's own units, mentor for an
 * apprentice, funksjonsassistanse and mental health, funksjonsassistanse hours, wage-subsidy refunds that are wrong
 * or late, and the inclusion grant for work-trial and AFT participants. Sources read 2026-12-01.
 */
import { describe, it } from 'vitest';
import { describeFacts, describeHouseStyle, describeRoutedQuestions } from '../../test/support/entryChecks.js';

const DAY = '2026-12-01';

const NEW = [
  'nav-work-trial-who',
  'nav-vta-o-aap-pending',
  'nav-vta-o-tasks-hours',
  'nav-vta-o-ending',
  'mun-vta-o-own-services',
  'nav-mentor-apprentice',
  'nav-function-assistance-mental-health',
  'nav-function-assistance-hours',
  'nav-wage-subsidy-refund-problems',
  'nav-inclusion-grant-work-trial-aft',
  'nav-work-trial-participant-as-substitute',
] as const;

describeHouseStyle('round eleven NAV entries keep the house style', NEW, { day: DAY, english: true });

describeFacts(
  'round eleven NAV entries say what their sources say',
  [
    ['nav-work-trial-who', /liten eller mangelfull arbeidserfaring/],
    ['nav-work-trial-who', /har fylt 16 år/],
    ['nav-work-trial-who', /Uføretrygd:\*\* er ikke et hinder/],
    ['nav-vta-o-aap-pending', /i nær fremtid ventes å få/],
    ['nav-vta-o-aap-pending', /andre arbeidsmarkedstiltak skal være vurdert og funnet uaktuelle/i],
    ['nav-vta-o-tasks-hours', /tilpasset den enkeltes arbeidsevne/],
    ['nav-vta-o-tasks-hours', /fadder/],
    ['nav-vta-o-ending', /^Nei, ikke av seg selv/],
    ['nav-vta-o-ending', /Kommunen:.*saklig grunn/s],
    ['nav-vta-o-ending', /Staten:.*statsansatteforskriften § 2/s],
    ['mun-vta-o-own-services', /private og offentlige/],
    ['mun-vta-o-own-services', /enkeltvis eller flere i samme virksomhet/],
    ['nav-mentor-apprentice', /fagopplæring/],
    ['nav-mentor-apprentice', /fylkeskommunen/],
    ['nav-function-assistance-mental-health', /omfattende fysisk funksjonsnedsettelse/],
    ['nav-function-assistance-mental-health', /blinde eller sterkt svaksynte/],
    ['nav-function-assistance-hours', /brukes fritt innenfor et kvartal/],
    ['nav-function-assistance-hours', /bare refusjon for timer som faktisk er brukt/],
    ['nav-wage-subsidy-refund-problems', /korreksjon/],
    ['nav-wage-subsidy-refund-problems', /forlenge fristen/],
    ['nav-wage-subsidy-refund-problems', /Ingen timelister/],
    ['nav-inclusion-grant-work-trial-aft', /før\*\* dere kjøper inn/],
    ['nav-inclusion-grant-work-trial-aft', /tiltaksarrangør/],
    ['nav-work-trial-participant-as-substitute', /aldri dekke fraværet/],
    ['nav-work-trial-participant-as-substitute', /§ 14-9 andre ledd bokstav b/],
    ['nav-work-trial-participant-as-substitute', /statsansatteloven § 9 første ledd bokstav b/],
  ],
  DAY,
);

// Written after the entries, in other words than their phrasings.
describeRoutedQuestions(
  'round eleven manager questions reach the entry that holds the fact',
  [
    ['En kollega blir sykmeldt lenge – kan praksiskandidaten fra NAV ta over stillingen som vikar?', undefined, 'nav-work-trial-participant-as-substitute'],
    ['Hvilke kandidater kan NAV tilby arbeidstrening – finnes det en nedre alder?', undefined, 'nav-work-trial-who'],
    ['Personen har søkt uføretrygd men ikke fått svar – kan vi likevel opprette VTA-O?', undefined, 'nav-vta-o-aap-pending'],
    ['Hvilke oppgaver og hvor stor stilling bør vi tilby i VTA-O?', undefined, 'nav-vta-o-tasks-hours'],
    ['NAV vil avslutte VTA-O-tiltaket – mister den ansatte jobben da?', undefined, 'nav-vta-o-ending'],
    ['Kan kommunens sykehjem ta inn en som er i VTA-O?', 'municipal', 'mun-vta-o-own-services'],
    ['Lærlingen vår følges opp av NAV – kan vi få tilskudd til en mentor for hen?', undefined, 'nav-mentor-apprentice'],
    ['Har en ansatt med angst krav på funksjonsassistent fra NAV?', undefined, 'nav-function-assistance-mental-health'],
    ['Funksjonsassistenten brukte færre timer enn innvilget – hva refunderer NAV?', undefined, 'nav-function-assistance-hours'],
    ['Vi glemte å sende refusjonen for lønnstilskuddet innen fristen – hva nå?', undefined, 'nav-wage-subsidy-refund-problems'],
    ['Kan NAV dekke vernesko til en som har arbeidstrening hos oss?', undefined, 'nav-inclusion-grant-work-trial-aft'],

    // Known misses of the round (it.todo notes), now answered.
    ['Kan sykehjemmet vårt ha en plass i varig tilrettelagt arbeid?', undefined, 'mun-vta-o-own-services'],
  ],
  DAY,
);

// Still unanswered after this round (no source found that states the fact, or no answer above the threshold).
describe('round eleven known misses', () => {
  it.todo('«Må vi skrive en sluttevaluering til NAV når arbeidstreningen er ferdig?» – no source on an end report found');
  it.todo('«Kan vi ha flere personer på arbeidstrening samtidig?» – no rule found');
  it.todo('«Kan NAV hjelpe til med å gjennomføre intervjuer eller forhåndsscreene søkere?» – no source found');
});

// Questions of the round the index does not yet route to the entry that holds the answer (once written as it.todo notes); each fails once it is fixed.
