/**
 * Small closed word lists for phrase frames whose slot takes only certain words. Each
 * list is general English usage, not a list of any article's phrases.
 */

/** Whitespace-separated entries; an underscore joins a multiword entry ("spy_agency"). */
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean).map((w) => w.replace(/_/g, " ")));

/**
 * What news copy calls a country's own institutions after "<Country>'s": "South Korea's
 * spy agency", "Japan's central bank". Modifier + head, heads singular.
 */
export const STATE_BODIES = words(`
  spy_agency intelligence_agency intelligence_service security_service security_agency news_agency
  space_agency nuclear_agency atomic_agency energy_agency statistics_agency statistics_office
  foreign_ministry defense_ministry defence_ministry interior_ministry finance_ministry trade_ministry
  health_ministry education_ministry economy_ministry justice_ministry foreign_office
  central_bank state_media state_television state_broadcaster state_news_agency
  supreme_court constitutional_court top_court high_court election_commission electoral_commission
  competition_regulator energy_regulator financial_regulator banking_regulator nuclear_regulator
  armed_forces air_force coast_guard border_guard national_police riot_police secret_police
  ruling_party opposition_party main_opposition_party lower_house upper_house
  military_intelligence naval_command joint_chiefs weather_agency weather_service meteorological_agency
  `);

/** Titles a university gives: the head before "at X University" ("research professor"). */
export const ACADEMIC_TITLES = words(`professor lecturer reader researcher fellow scholar
  dean provost chancellor president director economist scientist historian sociologist lecturer
  student candidate instructor tutor chair head librarian analyst expert specialist physicist
  chemist biologist epidemiologist virologist psychologist anthropologist political_scientist`);

/** Modifiers of an academic title: "research professor", "visiting fellow". */
export const ACADEMIC_MODIFIERS = words(`research associate assistant visiting senior
  adjunct emeritus distinguished full junior postdoctoral doctoral graduate`);

/**
 * Extreme (non-gradable) adjectives: they take "absolutely" or "truly", never a grading
 * adverb ("very exceptional", "eminently exceptional" read as garbled).
 */
export const EXTREME_ADJECTIVES = words(`exceptional unique extraordinary enormous gigantic
  immense tremendous colossal outstanding excellent superb magnificent marvellous marvelous terrific fantastic
  astonishing astounding incredible unbelievable awful dreadful horrendous horrific catastrophic disastrous
  perfect impossible essential vital crucial paramount furious exhausted starving freezing boiling ancient
  brilliant spotless flawless priceless infinite supreme ultimate unprecedented`);

/** Adverbs that grade an adjective ("very tall"), which extreme adjectives refuse. */
export const GRADING_ADVERBS = words(`very eminently extremely highly slightly fairly
  somewhat rather exceedingly moderately reasonably mildly a_bit pretty quite_a_bit`);

/**
 * Nouns that divide a decade or century in "the first … of the 2000s": any other time
 * word there ("the first generation of the 2000s") is a garbled "first decade".
 */
export const PERIOD_PARTS = words(`decade decades half halves part parts years year
  months weeks days quarter third stage stages phase phases wave waves`);
