/**
 * The pair behind "Load example": an invented news story (the port, union, company and
 * people are made up) and a machine-spun copy of it, so an editor can see what Unspun
 * finds without pasting anything. Written for Unspun; not taken from any publication.
 *
 * Damage planted in the suspect (¶ numbers count paragraphs of the original):
 * - fixed expressions replaced word by word (garbled-phrase):
 *     "container ships" → "holder vessels" (¶2), "press conference" → "media convention" (¶4),
 *     "senior lecturer" → "elderly speaker" (¶9)
 * - a direct quote reworded (quote-change): Okafor's "Our members are not asking for the
 *   moon. They are asking for a fair wage and a roster…" → "Our individuals are not
 *   requesting the moon, they want a reasonable salary and a timetable…" (¶5)
 * - a number changed (number-change): "6 percent" → "9 percent" (¶6)
 * - a nationality changed (entity-change): "Danish shipping line" → "Swedish shipping line" (¶8)
 * - a sentence added (unsupported): "Analysts warned that fuel prices could rise…" (after ¶8)
 * - a sentence dropped (omitted): "The government has so far refused to intervene…" (¶11)
 * - honest synonyms (synonym-swap, low severity): "said" → "stated" (¶5),
 *   "begun to hurt" → "started to harm" (¶8)
 * Everything else is left word for word, so a good engine reports these and nothing more.
 */
const ORIGINAL = `DOCK WORKERS AT PORT OF BRAXTON EXTEND STRIKE INTO SECOND WEEK

Dock workers at the Port of Braxton voted on Thursday to extend their strike into a second week, leaving more than 40 container ships waiting at anchor off the coast.

The walkout, called by the Harbour and Transport Workers Union over pay and shift patterns, has halted nearly all cargo handling at the country’s third-largest port since last Monday.

Union leader Maria Okafor told a press conference that members had rejected the latest offer from port operator Coastline Terminals by 1,284 votes to 311.

“Our members are not asking for the moon. They are asking for a fair wage and a roster they can plan their lives around,” Okafor said.

Coastline Terminals said its offer of a 6 percent pay rise over two years was “fair and final” and urged the union to return to talks.

Lorries have been turned away at the terminal gates since the weekend, and several freight companies are now moving goods by rail through smaller ports further north.

The dispute has begun to hurt retailers ahead of the holiday season. A spokesman for the Danish shipping line Nordhavn said three of its vessels had been diverted to other ports.

A senior lecturer in logistics at Braxton University, Tom Reilly, said the backlog would take at least a month to clear even if the strike ended tomorrow.

“Every day of stoppage adds roughly three days of recovery,” he said.

The government has so far refused to intervene, saying the dispute is a matter for the two sides.

Talks are due to resume at the national conciliation service on Monday.
`;

const SUSPECT = `DOCK WORKERS AT PORT OF BRAXTON EXTEND STRIKE INTO SECOND WEEK

Dock workers at the Port of Braxton voted on Thursday to extend their strike into a second week, leaving more than 40 holder vessels waiting at anchor off the coast.

The walkout, called by the Harbour and Transport Workers Union over pay and shift patterns, has halted nearly all cargo handling at the country’s third-largest port since last Monday.

Union leader Maria Okafor told a media convention that members had rejected the latest offer from port operator Coastline Terminals by 1,284 votes to 311.

“Our individuals are not requesting the moon, they want a reasonable salary and a timetable they can organise their lives around,” Okafor stated.

Coastline Terminals said its offer of a 9 percent pay rise over two years was “fair and final” and urged the union to return to talks.

Lorries have been turned away at the terminal gates since the weekend, and several freight companies are now moving goods by rail through smaller ports further north.

The dispute has started to harm retailers ahead of the holiday season. A spokesman for the Swedish shipping line Nordhavn said three of its vessels had been diverted to other ports.

Analysts warned that fuel prices in the region could rise if the ships stay idle for much longer.

An elderly speaker in logistics at Braxton University, Tom Reilly, said the backlog would take at least a month to clear even if the strike ended tomorrow.

“Every day of stoppage adds roughly three days of recovery,” he said.

Talks are due to resume at the national conciliation service on Monday.
`;

/** The example pair: `original` is the story as published, `suspect` its spun copy. */
export const EXAMPLE_PAIR: { readonly original: string; readonly suspect: string } = {
  original: ORIGINAL,
  suspect: SUSPECT,
};
