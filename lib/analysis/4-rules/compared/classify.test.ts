import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../../analyze";
import type { Kind } from "../../types";

/** [original sentence, suspect sentence, kinds expected at the changed words] */
const CASES: [string, string, Kind[]][] = [
  ["South Korea has put its spy agency to work on the case.", "South Korea has put its detective agency to work on the case.", ["garbled-phrase"]],
  ["Ban Kil Joo, a research professor at Korea University, said so.", "Ban Kil Joo, a studies teacher at Korea University, said so.", ["garbled-phrase"]],
  ["The plan deepens military cooperation between the two states.", "The plan deepens military cohesion between the two states.", ["garbled-phrase"]],
  ["The North Korean delegation left for Tehran on Tuesday.", "The North Vietnamese delegation left for Tehran on Tuesday.", ["entity-change"]],
  ["The council approved 14 new homes on Tuesday.", "The council approved 41 new homes on Tuesday.", ["number-change"]],
  ["The council did not approve the plan for the harbour.", "The council approved the plan for the harbour.", ["negation-change"]],
  ['She said: "We will rebuild the pier by June."', 'She said: "We shall reconstruct the pier by June."', ["quote-change"]],
  ["The minister said the talks would resume in May.", "The minister stated the talks would resume in May.", ["synonym-swap"]],
  ["Work began on the new bridge last week.", "Work started on the new bridge last week.", ["synonym-swap"]],
  ["Officials expect a sharp rise in ticket prices.", "Officials expect a sharp increase in ticket prices.", ["synonym-swap"]],
  ["The port handled five million containers last year.", "The port handled 5 million containers last year.", []],
  ["The US imposed sanctions on the firm in 2019.", "The United States imposed sanctions on the firm in 2019.", []],
  ["The mayor said the fees would stay the same.", "The mayor says the fees would stay the same.", []],
  ["The runner set a record in Nevada last spring.", "The runner set a record in Arizona last spring.", ["entity-change"]],
  ["Nine out of 10 patients had not been vaccinated.", "Some 90% of patients had not been vaccinated.", []],
  ["Council member Ray Delgado, who voted against the plan, spoke last.", "Council member Ray Delgado, who voted no, spoke last.", []],
  ["Cities that fail to change their rules would lose the fund.", "Cities that do not change their rules would lose the fund.", []],
  ["Scientists at the Univeristy of Western Australia led the survey.", "Scientists at the University of Western Australia led the survey.", []],
  ["The strike has begun to hurt retailers in the city.", "The strike has begun to harm retailers in the city.", ["synonym-swap"]],
  ["The report was published in March by the agency.", "The report was published in April by the agency.", ["number-change"]],
  // A noun phrase rewritten into a pair the model never saw, with or without a thesaurus link.
  ["The law gave officers broad police powers last year.", "The law gave officers wide cop powers last year.", ["garbled-phrase"]],
  ["The bank tightened its lending rules after the crash.", "The bank tightened its loaning guidelines after the crash.", ["garbled-phrase"]],
  ["The judge called it a matter of public safety for the town.", "The judge called it a matter of public wellbeing for the town.", ["garbled-phrase"]],
  // A thesaurus's word the language model never met, for an everyday one; a writer's rarer word it knows stays a synonym.
  ["The heatwave bleached half of the coral on the reef.", "The heatwave blanched half of the coral on the reef.", ["garbled-phrase"]],
  ["Visitors poured through the doors of the gallery.", "Visitors poured through the entryways of the gallery.", ["garbled-phrase"]],
  ["The company said it would buy the land next year.", "The company said it would purchase the land next year.", ["synonym-swap"]],
  // A British spelling the US model lacks is no rare word.
  ["The pilot had to move the plane sharply to avoid the flock.", "The pilot had to manoeuvre the plane sharply to avoid the flock.", ["synonym-swap"]],
  // A subject's verb swapped for a synonym is a clause reworded, not a phrase broken: the words are alike only as verbs.
  ["Until the appeal is heard, the ban remains in force.", "Until the appeal is heard, the ban stays in force.", ["synonym-swap"]],
  ["The city council approves the budget for next year.", "The city council backs the budget for next year.", ["synonym-swap"]],
  // A phrasal verb rewritten through a cousin ("cut"/"use", both ways of acting) is a rewording, not a garbled entry.
  ["The grid operator asked residents to cut back on power during the evening peak.", "The grid operator urged residents to use less power during the evening peak.", []],
  // A rebuilt sentence lines an original phrase up with two others ("heat wave" → "electricity set", "new record"): chance, not a garbled phrase.
  [
    "Electricity use in Texas reached an all-time high on Tuesday as a heat wave pushed temperatures above 110 degrees, and the grid operator asked residents to cut back on power during the evening peak.",
    "With temperatures climbing past 110 degrees in Texas on Tuesday, demand for electricity set a new record, and the grid operator urged residents to use less power during the evening peak.",
    [],
  ],
  // A noun phrase's head become a verb: a headline rebuilt, not a garbled compound.
  ["Alaska volcano eruption sends ash 35,000 feet high, grounding flights", "Ash from Alaska volcano reaches 35,000 feet, grounding more than 140 flights", []],
  // A compound whose parts the model knows as a pair is English, both parts swapped or not.
  ["The worst-affected farms lost half their crop.", "The hardest-hit farms lost half their crop.", []],
  // A grammar word is no unit ("over" in cricket, "in" for inch).
  ["Cases had roughly doubled over the past week.", "Cases have roughly doubled in the past week.", []],
  // A phrase with a function word inside, broken by a swap of its head.
  ["The governor declared a state of emergency on Friday.", "The governor declared a condition of emergency on Friday.", ["garbled-phrase"]],
  ["The judges said the rule of law must hold in every case.", "The judges said the principle of law must hold in every case.", ["garbled-phrase"]],
  ["Voters worry about the cost of living this year.", "Voters worry about the price of living this year.", ["synonym-swap"]],
  // Words used alike in real text read fluently, wherever the model lacks the new phrase.
  ["The mayor spoke to reporters outside the hall on Friday.", "The mayor spoke to journalists outside the hall on Friday.", []],
  // A word that is mainly an adjective or a preposition heads no compound ("reporters outside").
  ["She told reporters outside the chamber that she would vote yes.", "She told journalists outside the chamber that she would vote yes.", []],
  // An established phrase of English in place of a rarer one is a writer's choice ("marine ecologist" → "marine scientist").
  ["The survey was led by a marine ecologist at the university.", "The survey was led by a marine scientist at the university.", ["synonym-swap"]],
  ["The reef draws two million visitors a year to the coast.", "The reef draws two million guests a year to the coast.", ["synonym-swap"]],
  // A fixed noun phrase stays broken however close the new word: not so a verb's adverb.
  ["The two lovers died in a suicide pact after the war.", "The two lovers died in a suicide accord after the war.", ["garbled-phrase"]],
  // So is one whose modifier is mainly a verb elsewhere ("press"), the words used alike or not.
  ["Officials said the press conference would be held on Friday.", "Officials said the press gathering would be held on Friday.", ["garbled-phrase"]],
  ["Cases rose sharply in March across the province.", "Cases climbed sharply in March across the province.", ["synonym-swap"]],
  // Less fixed, it stays broken only into a pair the model never saw.
  ["The council put the harbour plan on a fast track last week.", "The council put the harbour plan on a fast course last week.", ["garbled-phrase"]],
  // A WordNet entry the model barely knows, one word swapped out of it.
  ["A universal joint lets the driveshaft move up and down.", "A universal join lets the driveshaft move up and down.", ["garbled-phrase"]],
  // One word rewritten as two: the word that meets the unchanged text is judged.
  ["An engineer noticed unusual traffic leaving a database server.", "An engineer noticed unusual traffic leaving a data set server.", ["garbled-phrase"]],
  // A noun phrase the model never saw, both words swapped, the head into a gerund.
  ["It was the largest acquisition in the company's history.", "It was the biggest obtaining in the company's history.", ["garbled-phrase"]],
  // A noun in -ing form ("briefing") heads a noun phrase like any noun.
  ["The director, Lauren Hsu, said so at a news briefing.", "The director, Lauren Hsu, said so at a news instructions.", ["garbled-phrase"]],
  // A headline in capitals against one in title case: only the swapped words differ.
  ["PRIME MINISTER CALLS SNAP ELECTION FOR MAY\nThe vote will be held on May 4.", "Prime Clergyman Calls Snap Election For May\nThe vote will be held on May 4.", ["garbled-phrase"]],
  ["MAYOR WINS SECOND TERM AFTER CLOSE RACE\nThe count ended at midnight.", "Mayor Wins Second Term After Close Race\nThe count ended at midnight.", []],
  // In a headline, capitals mark no names: its swaps are judged like a sentence's.
  ["SPRINGFIELD COUNCIL APPROVES 12 PERCENT WATER RATE RISE\nThe council voted on Tuesday.", "Springfield Council Approves 12 Percent Water Rate Ascent\nThe council voted on Tuesday.", ["garbled-phrase"]],
  ["SPRINGFIELD COUNCIL APPROVES WATER RATE RISE\nThe council voted on Tuesday.", "Springfield Council Approves Water Rate Increase\nThe council voted on Tuesday.", ["synonym-swap"]],
  // A sentence's first word is swapped like any other, capital and all.
  ["The storm hit the coast. Screen savers were on sale.", "The storm hit the coast. Blind savers were on sale.", ["garbled-phrase"]],
  // "no" closing a hunk still negates the unchanged words after it.
  ["He promised that no Pine Ridge store would close this year.", "He promised that a few Pine Ridge stores would close this year.", ["negation-change"]],
  ["Council member Ray Delgado voted no, as expected.", "Council member Ray Delgado voted against it, as expected.", []],
  // A noun for a noun WordNet does not relate: alone, a writer's choice (low) ...
  ["By noon the divers had counted the fish along the reef.", "By noon the jumpers had counted the fish along the reef.", ["synonym-swap"]],
  // ... among many swaps in one sentence, spun (medium).
  ["By noon on Friday the divers from the university had counted the coral colonies and the larvae along the northern reef.", "By noon on Friday the jumpers from the university had counted the coral states and the hatchlings along the northern reef.", ["garbled-phrase", "garbled-phrase", "garbled-phrase"]],
  // A word reworded into a phrase meets the unchanged text with another word: no swap of that word for it.
  ["She finished nearly three minutes ahead of Tesfaye on Sunday.", "She finished nearly three minutes in front of Tesfaye on Sunday.", []],
  // An idiom rephrased around an opposite is no reversal; the same words in other forms are no swap.
  ["The owners withdrew the chain after bids came in below their asking price.", "The owners withdrew the chain after bids fell short of their asking price.", []],
  ["Shoppers in Duluth gave the news a cautious welcome on Monday.", "Shoppers in Duluth were cautiously welcoming on Monday.", []],
  // A sentence's first word is judged like any other, related or not.
  ["Supporters of the ban said the rule was overdue.", "Allies of the ban said the rule was overdue.", ["synonym-swap"]],
  // A count written for a noun is a rewording, no swap.
  ["Officials said the countries will share surveillance data from next year.", "Officials said the two will share surveillance data from next year.", []],
  // A verb after an auxiliary the rewrite changed too is a verb, not a compound's modifier.
  ["Walsh said the company would cut prices on 1,500 items.", "The company will lower prices on 1,500 items, Walsh said.", ["synonym-swap"]],
  // A compound's part swapped for one used alike is honest; for a far sense's synonym, garbled.
  ["Sales of its own-label products rose in the quarter.", "Sales of its own-brand products rose in the quarter.", []],
  ["The agency said so in a one-line dispatch on Friday.", "The agency said so in a one-spaced dispatch on Friday.", ["garbled-phrase"]],
  // A word moved within the sentence is no swap for the word now in its place.
  ["The company's shares rose 4% to $12.50 on Monday.", "Shares in the company climbed 4 percent to $12.50 on Monday.", []],
  // A phrase for its own WordNet synonym, or every word for one used alike into English the model knows.
  ["The council will meet again in two weeks.", "The council will meet again in a fortnight.", ["synonym-swap"]],
  ["Officials said the road would remain closed until further notice.", "The road will stay shut until further notice, officials said.", []],
  // Another spelling beside a swap is no swap itself.
  ["The building is 300 metres tall, the city said.", "The building is 300 meters high, the city said.", []],
  // Another spelling is house style, no swap.
  ["The birds moved hundreds of kilometres north.", "The birds moved hundreds of kilometers north.", []],
  // A phrasal verb said in other words is a rewording, not a swap.
  ["The fire broke out shortly after 2 a.m. at the warehouse.", "The blaze started just after 2 a.m. at the warehouse.", []],
  // A subject and its verb, both reworded, are a clause said in other words, no phrase broken.
  ["The council approved the plan despite objections from residents.", "Despite residents' objections, councillors backed the plan.", []],
  ["The ship sank off the coast of Sicily late on Friday, the coast guard said.", "The vessel went down off Sicily's coast late Friday, according to the coast guard.", []],
  // A verb and its object's modifier are no phrase: an honest synonym.
  ["The navy will combat illegal fishing along the coast.", "The navy will fight illegal fishing along the coast.", ["synonym-swap"]],
  // A word no thesaurus links, into a noun phrase the model never saw: a phrase broken ...
  ["They lost $4.8 million in bookings in the first year.", "They lost $4.8 million in bookings in the principal year.", ["garbled-phrase"]],
  // ... but not from a pair too loose to be a phrase ("local man", 0.41).
  ["Police arrested a local man on Sunday.", "Police arrested a village man on Sunday.", ["synonym-swap"]],
  // Into a noun phrase the model knows better than the original: a writer's wording.
  ["A small plane crashed near the airfield on Monday.", "A light aircraft crashed near the airfield on Monday.", []],
  ["On Monday, rescue teams searched the area for survivors.", "On Monday, emergency crews searched the area for survivors.", []],
  // A WordNet entry for its one-word synonym, beside another swap: each judged on its own.
  ["The prime minister visited the flood zone on Monday.", "The premier toured the flood zone on Monday.", ["synonym-swap"]],
];

describe("compared rules", () => {
  it.each(CASES)("%s -> %s", (original, suspect, kinds) => {
    const analysis = analyzeTexts({ original, suspect });
    expect(analysis.findings.map((f) => f.kind)).toEqual(kinds);
  });

  it("quotes a headline's words as written", () => {
    const analysis = analyzeTexts({ original: CASES.find(([o]) => o.includes("12 PERCENT"))![0], suspect: "Springfield Council Approves 12 Percent Water Rate Ascent\nThe council voted on Tuesday." });
    expect(analysis.findings[0]?.message).toMatch(/^“Rate Ascent” looks like “rate rise”/);
  });

  it("suggests only wording the original has side by side", () => {
    const analysis = analyzeTexts({
      original: "It will be the start of a wider military cooperation to follow between the two.",
      suspect: "It may mark the start of a wider military partnership between the two.",
    });
    const suggestions = analysis.findings.filter((f) => f.kind === "garbled-phrase").map((f) => f.suggestion);
    expect(suggestions).toEqual(["military cooperation"]);
  });

  it("suggests the original wording and marks fact changes high, garbled phrases medium", () => {
    const analysis = analyzeTexts({
      original: "South Korea has put its spy agency to work. The council approved 14 homes.",
      suspect: "South Korea has put its detective agency to work. The council approved 41 homes.",
    });
    const garbled = analysis.findings.find((f) => f.kind === "garbled-phrase");
    const number = analysis.findings.find((f) => f.kind === "number-change");
    expect(garbled).toMatchObject({ severity: "medium", suggestion: "spy agency" });
    expect(analysis.suspect.text.slice(garbled!.suspect!.start, garbled!.suspect!.end)).toBe("detective agency");
    expect(number).toMatchObject({ severity: "high", suggestion: "14" });
  });
});
