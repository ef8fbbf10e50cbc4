/**
 * Closed-class English words: they carry grammar, not content, so alignment ignores them
 * and a change of one alone is never a finding. Also used to tell English text from other
 * languages (news English runs at ~40% of tokens from this list).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been
  before being below between both but by can can't cannot could couldn't did didn't do does
  doesn't doing don't down during each either else even ever every few for from further had
  hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
  himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself
  just let's may me might more most much must mustn't my myself neither no nor not now of off
  on once only or other ought our ours ourselves out over own per rather same shall shan't
  she she'd she'll she's should shouldn't since so some such than that that's the their
  theirs them themselves then there there's these they they'd they'll they're they've this
  those though through thus to too toward towards under until up upon us very via was wasn't
  we we'd we'll we're we've were weren't what what's when when's where where's whether which
  while who who's whom whose why why's will with within without won't would wouldn't yet you
  you'd you'll you're you've your yours yourself yourselves`.split(/\s+/),
);

/** Auxiliary and modal verbs: inside two content words ("tribunal has ruled") they make a clause, never a phrase. */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(
  "be am is are was were been being have has had having do does did will would shall should can could may might must".split(" "),
);

/** Words that flip a statement's polarity ("fail to", "refuse to", "neglect to" negate what follows). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(
  `not no never n't nor none nobody nothing neither nowhere cannot without hardly barely
  scarcely isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't
  shouldn't mustn't hasn't haven't hadn't fail fails failed refuse refuses refused neglect neglects neglected`.split(/\s+/),
);

/**
 * Capitalised words that begin sentences without naming anything: a capital on these says
 * nothing about an entity. (Checked against the sentence starts of the eval corpus.)
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  `the a an it its he she they we i you this that these those there here in on at by for
  from with without as after before since when while if but and or so yet although though
  despite during earlier later meanwhile however also still even most many some several
  what who how why where which almost nearly only just according asked speaking last next
  first one two three`.split(/\s+/),
);

/**
 * Prepositions that reverse what they govern when one replaces the other ("voted for" →
 * "voted against", "before the election" → "after"). WordNet has no prepositions, so its
 * antonyms cannot say so; it does pair "above"/"below", "up"/"down", "inside"/"outside".
 */
export const OPPOSED_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ["before", "after"],
  ["after", "before"],
  ["for", "against"],
  ["against", "for"],
  ["over", "under"],
  ["under", "over"],
]);
