import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdownReport } from "./markdown";
import { fixtureAnalysis } from "./test-fixture";

describe("renderMarkdownReport", () => {
  const report = renderMarkdownReport(fixtureAnalysis(), {
    shareUrl: "https://unspun.example.org/r/abc123",
    createdAt: "2026-11-23T08:00:00Z",
    expiresAt: "2026-12-23T08:00:00Z",
  });

  it("opens with the verdict, the score out of 100 and the explanation", () => {
    expect(report).toContain("**Verdict:** likely spun, spin score 62/100");
    expect(report).toContain("4 findings, 1 of high severity.");
  });

  it("names the link, the dates and the sizes compared", () => {
    expect(report).toContain("- Link: <https://unspun.example.org/r/abc123>");
    expect(report).toContain("- Created: 23 Nov 2026");
    expect(report).toContain("- Expires on 23 Dec 2026");
    expect(report).toMatch(/original 11 words, suspect 1[0-9] words/);
  });

  it("counts findings per kind in a table", () => {
    expect(report).toContain("| Garbled phrase | 1 |");
    expect(report).toContain("| Number changed | 1 |");
    expect(report).not.toContain("| Name changed |");
  });

  it("lists every finding with both wordings and the likely original", () => {
    expect(report).toContain("1. **Garbled phrase** (Medium):");
    expect(report).toContain("   - Suspect: “detective agency”");
    expect(report).toContain("   - Original: “spy agency”");
    expect(report).toContain("   - Likely original: *spy agency*");
    expect(report).toContain("2. **Number changed** (High): The number changed from 12 to 15.");
    expect(report).toContain("4. **Left out** (Low):");
    expect(report).toContain("   - Original: “Officials declined to comment.”");
  });

  it("escapes pasted markup so the article cannot inject links or emphasis", () => {
    expect(report).toContain("It was a \\*great\\* \\[day\\](javascript:alert(1)).");
    expect(report).not.toContain("[day](javascript");
  });

  it("leaves out link and dates for an unsaved analysis, and says when there were no findings", () => {
    const bare = renderMarkdownReport(fixtureAnalysis({ findings: [] }));
    expect(bare).not.toContain("Link:");
    expect(bare).not.toContain("Expires");
    expect(bare).toContain("No findings.");
    expect(bare).not.toContain("## Counts");
  });

  it("says when the suspect was judged without an original", () => {
    const solo = renderMarkdownReport(fixtureAnalysis({ original: null, alignments: [] }));
    expect(solo).toContain("judged without an original");
    expect(solo).not.toContain("   - Original:");
  });
});

describe("escapeMarkdown", () => {
  it("keeps ordinary punctuation readable", () => {
    expect(escapeMarkdown("The U.S. well-known (ex-)envoy!")).toBe("The U.S. well-known (ex-)envoy!");
  });

  it("neutralises HTML, tables and line-start markers", () => {
    expect(escapeMarkdown("<script>a|b</script>")).toBe("\\<script\\>a\\|b\\</script\\>");
    expect(escapeMarkdown("# Heading")).toBe("\\# Heading");
    expect(escapeMarkdown("1. item")).toBe("1\\. item");
    expect(escapeMarkdown("line one\n\nline two")).toBe("line one line two");
  });
});
