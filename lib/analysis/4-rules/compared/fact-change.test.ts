import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeTexts } from "../../index";
import type { Kind } from "../../types";

/** Medium and high findings: what an editor is asked to look at. */
const flagged = (original: string, suspect: string) =>
  analyzeTexts({ original, suspect }).findings.filter((f) => f.severity !== "low");

/** [original, suspect, kinds flagged (medium/high)] */
const ENTITY_CASES: [string, string, Kind[]][] = [
  ["Jane Smith, the council's treasurer, said the budget was balanced.", "Jane Smyth, the council's treasurer, said the budget was balanced.", ["entity-change"]],
  ["The Ministry of Health said the clinic would close.", "The Ministry of Finance said the clinic would close.", ["entity-change"]],
  ["The Bank of England raised rates on Thursday.", "The Bank of Canada raised rates on Thursday.", ["entity-change"]],
  ["The deal was signed in Oslo by Norway and Sweden.", "The deal was signed in Oslo by Norway and Finland.", ["entity-change"]],
  ["Ships went to Antwerp in Belgium, and rates to Germany rose.", "Ships went to Antwerp in Germany, and rates to Germany rose.", ["entity-change"]],
  ["Russia sent troops. Officials in Tehran held talks with Iran on Monday.", "Russia sent troops. Officials in Tehran held talks with Russia on Monday.", ["entity-change"]],
  ["Jane Smith said the fund was empty.", "Joan Smith said the fund was empty.", ["entity-change"]],
  ["A study by Harvard University found the effect.", "A study by Yale University found the effect.", ["entity-change"]],
  ["Sales rose in Britain and fell in France.", "Sales rose in Germany and fell in France.", ["entity-change"]],
  // Every word of the old name still there, rearranged into another institution.
  ["Omar Haddad, an analyst at the University of Washington, said so.", "Omar Haddad, an analyst at Washington State University, said so.", ["entity-change"]],
  // A name that opens its sentence, named nowhere else: WordNet knows it first as a name.
  ["China's foreign ministry said on Wednesday that it hoped so.", "Croatia's foreign ministry said on Wednesday that it hoped so.", ["entity-change"]],
  ["Paris is hosting the talks this week.", "London is hosting the talks this week.", ["entity-change"]],
  // A country that lost one of its two mentions to another, the other ("Indonesian") kept.
  ["The pact was signed by Indonesia's defence minister over the question of troops on Indonesian soil.", "The pact was signed by Croatia's defence minister over the question of troops on Indonesian soil.", ["entity-change"]],
  // Names alike in spelling are other names all the same.
  ["Trade with Austria rose last year.", "Trade with Australia rose last year.", ["entity-change"]],
  // A name WordNet does not know, opening its sentence.
  ["Reuters reported the deal first.", "Bloomberg reported the deal first.", ["entity-change"]],
  // Two names that trade places around the same verb: who did what to whom is turned round.
  ["Smith defeated Jones in the final round on Sunday.", "Jones defeated Smith in the final round on Sunday.", ["entity-change"]],
  ["Ohio has sued Texas over the water rights.", "Texas has sued Ohio over the water rights.", ["entity-change"]],
  // A name that opens its sentence on one side is a name when the other side names it mid-sentence.
  ["The report came out on Monday. Arsenal beat Chelsea at the weekend.", "The report came out on Monday. Chelsea beat Arsenal at the weekend.", ["entity-change"]],
  // Another role for a named person: another fact about who they are.
  ["Her husband, John Meyer, said the family was relieved.", "Her brother, John Meyer, said the family was relieved.", ["entity-change"]],
  ["Sarah Lee, the company's founder, declined to comment.", "Sarah Lee, the company's lawyer, declined to comment.", ["entity-change"]],
  // A title of two words for another, both English the model knows.
  ["Sarah Lee, the chief executive, said sales rose.", "Sarah Lee, the finance director, said sales rose.", ["entity-change"]],
  // A quote given to another person the story names.
  ['"We will appeal," said Karen Lindqvist. Miguel Santos, the union head, said nothing.', '"We will appeal," said Miguel Santos. Miguel Santos, the union head, said nothing.', ["entity-change"]],
];

const NOT_ENTITY_CHANGES: [string, string][] = [
  ["Officials said North Korea fired a missile.", "Officials said N.Korea fired a missile."],
  ["The U.S. imposed sanctions last year.", "The US imposed sanctions last year."],
  // Names in another order around "and", or the same act said the other way round, are the same fact.
  ["Smith and Jones met in Paris on Sunday.", "Jones and Smith met in Paris on Sunday."],
  ["Smith defeated Jones in the final round on Sunday.", "Jones was defeated by Smith in the final round on Sunday."],
  ["The U.S. imposed sanctions last year.", "The United States imposed sanctions last year."],
  ["A spokesman for the Dutch Ministry of Infrastructure spoke.", "A spokesman for the Netherlands' Ministry of Infrastructure spoke."],
  ["The Korean Central News Agency (KCNA) said the test worked. KCNA gave no details.", "The Korean Central News Agency (KCNA) said the test worked. The Korean Central News Agency gave no details."],
  ["Jansen said the plan would go ahead.", "Minister Jansen said the plan would go ahead."],
  ["Prime Minister Jacinda Ardern announced the plan on Monday.", "New Zealand's prime minister, Jacinda Ardern, announced the plan on Monday."],
  ["The Senate, controlled by Democrats, passed the bill 51-49 on Tuesday.", "The Democratic-controlled Senate passed the bill 51-49 on Tuesday."],
  ["Officials said Okafor would lead the study.", "Officials said Dr. Okafor would lead the study."],
  ["Prime Minister Boris Johnson resigned.", "Johnson resigned."],
  ["The UN Security Council met on Friday.", "The United Nations Security Council met on Friday."],
  ["The World Health Organization (WHO) warned of cases. WHO said more would follow.", "The World Health Organization (WHO) warned of cases. The World Health Organization said more would follow."],
  ["Sales rose in Britain and fell in France.", "Sales rose in the UK and fell in France."],
  ["Omar Haddad, an analyst at the University of Washington, said so.", "Omar Haddad, a University of Washington analyst, said so."],
  ["Jansen said the plan would go ahead.", "Jansen's office said the plan would go ahead."],
  ["Scientists at the Univeristy of Western Australia led the survey.", "Scientists at the University of Western Australia led the survey."],
  ["Homes north of the river were flooded.", "Homes in the northern part of the town were flooded."],
  // The same role in other words, or said more broadly, is the same fact about the person.
  ["Her husband, John Meyer, said the family was relieved.", "Her spouse, John Meyer, said the family was relieved."],
  ["A spokesman, Tom Reed, said talks would resume.", "A spokesperson, Tom Reed, said talks would resume."],
  ["Ana Ruiz, a teacher at the school, said pupils were safe.", "Ana Ruiz, an educator at the school, said pupils were safe."],
  ["Ana Ruiz, an ecologist at the park, counted the birds.", "Ana Ruiz, a scientist at the park, counted the birds."],
  // Words the vectors and WordNet both put close are one job in other words.
  ["Paul Kim, a reporter, asked the first question.", "Paul Kim, a journalist, asked the first question."],
];

describe("changed directions", () => {
  it.each([
    ["Homes north of the river were flooded on Friday.", "Homes south of the river were flooded on Friday.", "north"],
    ["Crews worked in the eastern suburbs overnight.", "Crews worked in the western suburbs overnight.", "eastern"],
    ["The storm moved northeast across the bay.", "The storm moved northwest across the bay.", "northeast"],
  ])("%s -> %s is a changed place, high", (original, suspect, was) => {
    const findings = flagged(original, suspect);
    expect(findings.map((f) => [f.kind, f.severity, f.suggestion])).toEqual([["entity-change", "high", was]]);
  });
});

const REVERSALS: [string, string][] = [
  ["Prices rose sharply in the first quarter.", "Prices fell sharply in the first quarter."],
  // A word swapped for a thesaurus's and a negation added: turned round, though WordNet does not link the words closely.
  ["Police said the suspect was arrested at the airport.", "Police said the suspect was not detained at the airport."],
  // A verb's past in -ied is the verb ("denied" is "deny", the opposite of "grant").
  ["The judge granted the request for bail on Thursday.", "The judge denied the request for bail on Thursday."],
  ["Officials said such attacks happen seldom in the region.", "Officials said such attacks happen frequently in the region."],
  ["The firm reported a gain of 3% for the year.", "The firm reported a loss of 3% for the year."],
  ["The ministry has never approved such a plan.", "The ministry has always approved such a plan."],
  ["More people voted in the election this year.", "Fewer people voted in the election this year."],
  ["Rates were higher than forecast.", "Rates were lower than forecast."],
  ["The company will hire 200 workers.", "The company will fire 200 workers."],
  ["Unemployment is at its lowest level in a decade.", "Unemployment is at its highest level in a decade."],
  ["The council did not approve the plan for the harbour.", "The council approved the plan for the harbour."],
  ["More than 50 people were hurt in the blast.", "No more than 50 people were hurt in the blast."],
  ["The ban does not take effect for 28 days.", "The ban takes effect for 28 days."],
  ["They raced in cool, windless conditions by the lake.", "They raced in cool, windy conditions by the lake."],
  ["He was acquitted of all charges in March.", "He was convicted of all charges in March."],
  ["It was the last game of the season.", "It was the first game of the season."],
  ["The suspect was named by police on Friday.", "The suspect was unnamed by police on Friday."],
  // A compound turned round in one part.
  ["The heat bleached half of the reef's shallow-water coral.", "The heat bleached half of the reef's deep-water coral."],
  ["The fund helps low-income families pay their bills.", "The fund helps high-income families pay their bills."],
  // A kind of the opposite: to ban is to forbid, to plunge is to descend.
  ["The city allowed street vendors downtown last year.", "The city banned street vendors downtown last year."],
  ["Shares rose on Monday after the report.", "Shares plunged on Monday after the report."],
  ["The coalition gained 12 seats in parliament.", "The coalition lost 12 seats in parliament."],
  ["Demand for housing is growing in the region.", "Demand for housing is shrinking in the region."],
  ["The new law makes it easier to vote.", "The new law makes it harder to vote."],
  // Prepositions turned round, which WordNet does not list.
  ["The senator voted for the bill on Tuesday.", "The senator voted against the bill on Tuesday."],
  ["The vote took place before the election.", "The vote took place after the election."],
  ["Over 200 people attended the rally.", "Under 200 people attended the rally."],
];

const NOT_REVERSALS: [string, string][] = [
  ["Prices did not rise this year.", "Prices fell this year."],
  ["Inspectors did not find any faults.", "Inspectors found no faults."],
  ["Officials expect a sharp rise in ticket prices.", "Officials expect a sharp climb in ticket prices."],
  // A negation folded into other words: the statement said another way, not turned round.
  // (A thesaurus's word turned round stays a reversal: "arrested" → "not detained", see REVERSALS.)
  ["Some of the hardest-hit areas could remain dark for up to two weeks.", "Some of the hardest-hit areas could be without electricity for up to two weeks."],
  // "go up" is "rise", in any inflection, though "go" alone is the sun going down.
  ["Fees will rise to £9,905 a year from September.", "Fees will go up to £9,905 a year from September."],
  ["Prices rose sharply in March.", "Prices went up sharply in March."],
  // "rather than" denies what follows, as "and not" does.
  ["The tribunal ruled that the riders are workers rather than contractors.", "The tribunal ruled that the riders are workers and not contractors."],
  // Grammar words turned round only word to word: "then" (the then president) and "in" (the in party) are no opposites.
  ["Until then, the ban remains in force.", "In the meantime the ban stays in force."],
  ["Farmers have little water left.", "Farmers want little water left."],
  // "Without" in a suffix, spelled out.
  ["They raced in cool, windless conditions by the lake.", "They raced in cool conditions with no wind by the lake."],
  // Two negations more turn a statement round twice.
  ["Her final split was the fastest of the day, including among the men.", "Nobody, not even among the men, ran the final split faster that day."],
  // A refusal said another way, and a negation said by a prefix.
  ["The minister refused to comment on the report.", "The minister declined to comment on the report."],
  ["The suspect, whose name has not been released, is due in court on Monday.", "The unnamed suspect is due to appear in court Monday."],
  ["Prices fell in March.", "Prices declined in March."],
  // Words WordNet links as synonyms share a meaning, whatever their parents' opposites.
  ["The firm sent 40 crates to Rotterdam.", "The firm shipped 40 crates to Rotterdam."],
  ["Shares rose on Monday after the report.", "Shares climbed on Monday after the report."],
  // "Yet to" says "not … yet" without a "not".
  ["Her office had not decided whether to appeal the ruling.", "Her office had yet to decide whether to appeal the ruling."],
  ["The cause of the fire is not known.", "The cause of the fire is yet to be known."],
  // A wait said negatively and positively is one fact.
  ["The ban does not take effect for 28 days.", "The ban takes effect in 28 days."],
  ["The bridge will reopen in two weeks.", "The bridge will not reopen for two weeks."],
  // A negated comparative is a bound, not the opposite.
  ["At least 50 people were hurt in the blast.", "No fewer than 50 people were hurt in the blast."],
  ["The report is due by Friday, the minister said.", "The report is due no later than Friday, the minister said."],
  ["Tickets cost at most 20 pounds.", "Tickets cost not more than 20 pounds."],
];

const NUMBER_CASES: [string, string, Kind[]][] = [
  ["The firm sent an e-mail to 10 staff in Sept. 2023.", "The firm sent an email to ten staff in September 2023.", []],
  ["More than half of voters backed the plan.", "Over 50 percent of voters backed the plan.", []],
  // A number with its scale is the whole number.
  ["The city has 1.5 million residents.", "The city has 1,500,000 residents.", []],
  ["The deal is worth 5 million dollars.", "The deal is worth five million dollars.", []],
  ["The city has 1.5 million residents.", "The city has 1.5 billion residents.", ["number-change"]],
  // Clock times, however written.
  ["The flight took off at 14:00 on Monday.", "The flight took off at 2 p.m. on Monday.", []],
  ["The flight took off at 14:00 on Monday.", "The flight took off at 3 p.m. on Monday.", ["number-change"]],
  ["The museum is open from 9 a.m. to 5 p.m. daily.", "The museum is open daily from 9am to 5pm.", []],
  ["The meeting starts at 9am on Friday.", "The meeting starts at 10am on Friday.", ["number-change"]],
  ["More than half of voters backed the plan.", "Over 40 percent of voters backed the plan.", ["number-change"]],
  ["The club has five new members.", "The club has 5 new members.", []],
  ["The club has five new members.", "The club has 6 new members.", ["number-change"]],
  ["The port employs five hundred staff.", "The port employs 500 staff.", []],
  ["The club has twenty-five new members.", "The club has 25 new members.", []],
  ["The club has twenty-five new members.", "The club has 26 new members.", ["number-change"]],
  ["The team finished third in the league.", "The team finished 3rd in the league.", []],
  ["The team finished third in the league.", "The team finished fourth in the league.", ["number-change"]],
  ["Temperatures will reach 5-7 degrees on Sunday.", "Temperatures will reach five to seven degrees on Sunday.", []],
  ["Temperatures will reach 5-7 degrees on Sunday.", "Temperatures will reach 5-8 degrees on Sunday.", ["number-change"]],
  ["The survey ran from 1990-95 in three towns.", "The survey ran from 1990 to 1996 in three towns.", ["number-change"]],
  ["The council voted 6-3 to approve the budget.", "The council voted 6-3 to pass the budget.", []],
  ["The council voted 6-3 to raise rates over two years.", "The council voted 7-2 to raise rates over two years.", ["number-change"]],
  ["The bill passed 187 to 146 on Monday.", "The bill passed 187-146 on Monday.", []],
  ["Rates rose from 5% to 7% last year.", "Rates rose to 7% from 5% last year.", []],
  // A count joined to its unit is a number like any other.
  ["The reef runs along a 260-kilometre stretch of coast.", "The reef runs along a 620-kilometre stretch of coast.", ["number-change"]],
  ["It reopened after a four-year, £38 million restoration.", "It reopened after a four- year, £83 million restoration.", ["garbled-phrase", "number-change"]],
  ["It reopened after a four-year restoration.", "It reopened after a three-year restoration.", ["number-change"]],
  ["It reopened after a four-year restoration.", "It reopened after a four year restoration.", []],
  // The same count of another unit is another fact; the same unit spelt otherwise is not.
  ["They vaccinated 1,850 people in two weeks.", "They vaccinated 1,850 people in two months.", ["number-change"]],
  ["The route runs for 5 kilometres along the river.", "The route runs for 5 kilometers along the river.", []],
  ["The club signed two new players this week.", "The club signed two new athletes this week.", []],
  // An ambiguous number word in a number's place reads as a number.
  ["American Rachel Conroy was third in the race.", "American Rachel Conroy was second in the race.", ["number-change"]],
  // A factor, and a date placed relative to now.
  ["Sales doubled last year, the company said.", "Sales tripled last year, the company said.", ["number-change"]],
  ["Prices are twice as high as in 2019.", "Prices are two times as high as in 2019.", []],
  ["The vote passed last year after a long debate.", "The vote passed this year after a long debate.", ["number-change"]],
  ["Talks resume next Monday, officials said.", "Talks resumed last Monday, officials said.", ["number-change"]],
  ["The vote passed last year after a long debate.", "The vote passed the previous year after a long debate.", []],
  // Ordinals WordNet makes opposites of are numbers all the same.
  ["The first case was reported on Jan. 9 in a child.", "The second case was reported on Jan. 9 in a child.", ["number-change"]],
];

describe("a number with thousands separators", () => {
  it("is one changed number, quoted whole", () => {
    const findings = flagged("A record 47,200 runners finished.", "A record 42,700 runners finished.");
    expect(findings.map((f) => [f.kind, f.suggestion])).toEqual([["number-change", "47,200"]]);
    expect(findings[0]?.message).toBe("The original says “47,200” here; the suspect says “42,700”.");
  });
  it("is no change written without the separator", () => {
    expect(flagged("A record 47,200 runners finished.", "A record 47200 runners finished.")).toEqual([]);
  });
});

describe("changed names", () => {
  it.each(ENTITY_CASES)("%s -> %s", (original, suspect, kinds) => {
    const findings = flagged(original, suspect);
    expect(findings.map((f) => f.kind)).toEqual(kinds);
    expect(findings.every((f) => f.severity === "high" && original.includes(f.suggestion ?? "\u0000"))).toBe(true);
  });
  it.each(NOT_ENTITY_CHANGES)("is no change: %s -> %s", (original, suspect) => {
    expect(flagged(original, suspect)).toEqual([]);
  });
});

describe("a person's role", () => {
  it("is no changed fact when the new word says only sex or age", () => {
    const findings = flagged("John Smith, a local resident, said the road was busy.", "John Smith, a local man, said the road was busy.");
    expect(findings.filter((f) => f.kind === "entity-change")).toEqual([]);
  });
  it("leaves a title the swap made garbled to the garbled-phrase rules", () => {
    const findings = flagged("Tom Ruiz, an art critic, praised the show.", "Tom Ruiz, an art pundit, praised the show.");
    expect(findings.map((f) => [f.kind, f.suggestion])).toEqual([["garbled-phrase", "art critic"]]);
  });
});

describe("reversals of meaning", () => {
  it.each(REVERSALS)("%s -> %s", (original, suspect) => {
    const findings = flagged(original, suspect);
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([["negation-change", "high"]]);
  });
  it("names both wordings in the message", () => {
    const [finding] = flagged("Prices rose sharply.", "Prices fell sharply.");
    expect(finding?.message).toContain("“rose”");
    expect(finding?.message).toContain("“fell”");
    expect(finding?.suggestion).toBe("rose");
  });
  it("reads a verb and its particle as one word, and names both", () => {
    const suspect = "Shares went down after the report.";
    const [finding, ...rest] = flagged("Shares rose after the report.", suspect);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "negation-change", severity: "high", suggestion: "rose" });
    expect(suspect.slice(finding!.suspect!.start, finding!.suspect!.end)).toBe("went down");
  });

  it.each(NOT_REVERSALS)("is no reversal: %s -> %s", (original, suspect) => {
    expect(flagged(original, suspect).filter((f) => f.kind === "negation-change")).toEqual([]);
  });
});

describe("numbers", () => {
  it.each(NUMBER_CASES)("%s -> %s", (original, suspect, kinds) => {
    expect(flagged(original, suspect).map((f) => f.kind)).toEqual(kinds);
  });

  it("reports the date that changed, not another written the same way as the new one", () => {
    const original = "The attackers gained access in late August and copied data until Oct. 14, the company said.";
    const suspect = original.replace("late August", "late October");
    const [change] = flagged(original, suspect);
    expect(suspect.slice(change!.suspect!.start, change!.suspect!.end)).toBe("October");
  });
});

describe("a multi-paragraph article", () => {
  const read = (name: string) => readFileSync(new URL(`./fixtures/port-strike.${name}.txt`, import.meta.url), "utf8");
  const original = read("original");

  it("flags every planted fact change high, with the original's words as the suggestion", () => {
    const suspect = read("planted");
    const findings = analyzeTexts({ original, suspect }).findings.filter((f) => f.severity === "high");
    const changed = findings.map((f) => suspect.slice(f.suspect!.start, f.suspect!.end));
    for (const planted of ["fourth", "frequently", "Germany", "fell", "Finance", "Janssen", "did plan", "6", "Tuesday"]) {
      expect(changed.some((span) => span.includes(planted))).toBe(true);
    }
    expect(findings).toHaveLength(9);
    for (const f of findings) expect(original).toContain(f.suggestion);
  });

  it("raises nothing medium or high on an honest edit that keeps every fact", () => {
    const findings = analyzeTexts({ original, suspect: read("honest") }).findings;
    expect(findings.filter((f) => f.severity !== "low").map((f) => f.message)).toEqual([]);
  });
});

describe("a second article, thirteen planted changes", () => {
  const read = (name: string) => readFileSync(new URL(`./fixtures/measles-outbreak.${name}.txt`, import.meta.url), "utf8");
  const original = read("original");

  it("flags each planted change high, of the kind it is", () => {
    const suspect = read("planted");
    const high = analyzeTexts({ original, suspect }).findings.filter((f) => f.severity === "high");
    const found = high.map((f) => [f.kind, suspect.slice(f.suspect!.start, f.suspect!.end)]);
    const planted: [Kind, string][] = [
      ["number-change", "24"], ["number-change", "March"], ["entity-change", "Hadad"], ["negation-change", "had been"],
      ["quote-change", "slower"], ["negation-change", "slower"], ["number-change", "eight"], ["negation-change", "decreased"], ["entity-change", "Kingston"],
      ["entity-change", "Pfizer"], ["entity-change", "Toronto"], ["entity-change", "South America"], ["negation-change", "risen"],
      ["entity-change", "University of Ottawa"],
    ];
    for (const [kind, text] of planted) expect(found.some(([k, span]) => k === kind && span!.includes(text))).toBe(true);
    expect(high).toHaveLength(planted.length);
  });

  it("raises no entity, number or reversal finding on an honest rewrite, and calls it a light edit", () => {
    const analysis = analyzeTexts({ original, suspect: read("honest") });
    const facts: Kind[] = ["entity-change", "number-change", "negation-change", "quote-change"];
    expect(analysis.findings.filter((f) => facts.includes(f.kind)).map((f) => f.message)).toEqual([]);
    expect(analysis.findings.filter((f) => f.severity !== "low").length).toBeLessThanOrEqual(2);
    expect(analysis.summary.verdict).toBe("light edit");
  });
});

describe.each(["water-rates", "marathon", "breach", "housing", "defence", "grocer", "reef", "gallery", "appeal", "earnings", "puffins", "oil-prices"])("an honest rewrite for another outlet (%s): sentences rebuilt, quotes rejoined", (article) => {
  const read = (name: string) => readFileSync(new URL(`./fixtures/${article}.${name}.txt`, import.meta.url), "utf8");

  it("raises no high and at most two medium findings, and calls it a light edit", () => {
    const analysis = analyzeTexts({ original: read("original"), suspect: read("rewrite") });
    expect(analysis.findings.filter((f) => f.severity === "high").map((f) => f.message)).toEqual([]);
    expect(analysis.findings.filter((f) => f.severity === "medium").length).toBeLessThanOrEqual(2);
    expect(analysis.summary.verdict).toBe("light edit");
  });
});

describe("quotations", () => {
  it("reads a quote whose attribution moved out from between its parts as the same words", () => {
    const original = '"Nobody wanted to vote for this," said Mayor Denise Okonjo on Monday. "But the deadline does not move."';
    const suspect = 'Mayor Denise Okonjo said on Monday: "Nobody wanted to vote for this. But the deadline does not move."';
    expect(flagged(original, suspect).filter((f) => f.kind === "quote-change")).toEqual([]);
  });

  it.each([
    ['"We will rebuild the pier by June, and we will do it without raising taxes," the mayor said.', '"We will rebuild the pier by June ... without raising taxes," the mayor said.'],
    ['She called the decision "a betrayal of every worker in this plant."', 'She called the decision "a betrayal."'],
  ])("reads a quote cut short or cut with an ellipsis as the speaker's words: %s", (original, suspect) => {
    expect(flagged(original, suspect)).toEqual([]);
  });

  it("still flags a negation an ellipsis cut out of a quote", () => {
    const original = '"We will not rebuild the pier by June," the mayor said.';
    const suspect = '"We will … rebuild the pier by June," the mayor said.';
    expect(flagged(original, suspect).map((f) => f.kind)).toContain("negation-change");
  });

  it("still flags a word changed inside the rejoined quote", () => {
    const original = '"Nobody wanted to vote for this," said Mayor Denise Okonjo on Monday. "But the deadline does not move."';
    const suspect = 'Mayor Denise Okonjo said on Monday: "Nobody wanted to vote for this. But the deadline will not move."';
    expect(flagged(original, suspect).map((f) => f.kind)).toContain("quote-change");
  });
});
