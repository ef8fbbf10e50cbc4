import { describe, expect, it } from "vitest";
import { archiveToken, requestToken, tokenMatches } from "./access";

describe("archive access", () => {
  it("is off without a token and when the token is blank", () => {
    expect(archiveToken({})).toBeNull();
    expect(archiveToken({ UNSPUN_ARCHIVE_TOKEN: "  " })).toBeNull();
    expect(tokenMatches("anything", {})).toBe(false);
  });

  it("accepts exactly the configured token", () => {
    const env = { UNSPUN_ARCHIVE_TOKEN: "s3cret-token" };
    expect(tokenMatches("s3cret-token", env)).toBe(true);
    expect(tokenMatches("s3cret-toke", env)).toBe(false);
    expect(tokenMatches(null, env)).toBe(false);
  });

  it("reads a Bearer header first, else the Archive page's cookie", () => {
    expect(requestToken(new Request("http://x/", { headers: { authorization: "Bearer abc" } }))).toBe("abc");
    expect(requestToken(new Request("http://x/", { headers: { cookie: "a=1; unspun_archive=xyz%3D" } }))).toBe("xyz=");
    expect(requestToken(new Request("http://x/"))).toBeNull();
  });
});
