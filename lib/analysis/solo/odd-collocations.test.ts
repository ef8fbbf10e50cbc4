import { describe, expect, it } from "vitest";
import { detectOddCollocations } from "./odd-collocations";

const found = (text: string) => detectOddCollocations(text).map((f) => [text.slice(f.suspect!.start, f.suspect!.end), f.suggestion]);

describe("detectOddCollocations", () => {
  it.each([
    ["there are no specific claims of new hands transfers between them", ["hands transfers", "arms transfers"]],
    ["saying it sent a little number before the invasion", ["little number", "small number"]],
    ["Iran's oil may help its economically disturbed neighbour", ["economically disturbed", "economically troubled"]],
    ["the chief executive told analysts on a meeting call", ["meeting call", "conference call"]],
    ["wellbeing authorities said the outbreak was contained", ["wellbeing authorities", "health authorities"]],
    ["about 11 times its yearly working income", ["working income", "operating income"]],
  ])("flags %s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["The court found that the ban was lawful."],
    ["Heavy rainfall and a huge number of tourists kept the housing agency busy."],
    ["The security firm said card numbers were stolen; a social studies teacher agreed."],
    ["Health officials said staff shortages and wage growth were a concern for the health service."],
    ["The defence cooperation pact was signed the following year amid rising tensions."],
    ["The figures were deeply worrying, she said, and military expenditure rose."],
    ["Operating income rose while working conditions, rising prices and a governing party drew protests."],
  ])("leaves %s alone", (text) => {
    expect(found(text)).toEqual([]);
  });
});
