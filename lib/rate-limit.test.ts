import { afterEach, describe, expect, it } from "vitest";
import { checkRateLimit, createRateLimiter, resetRateLimitForTests } from "./rate-limit";
import { resetConfigForTests } from "./config";

describe("createRateLimiter", () => {
  it("allows the configured number at once, then refuses with the seconds until the next one", () => {
    const limiter = createRateLimiter(3);
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.check("a", t).allowed)).toEqual([true, true, true]);
    // 3 a minute refill one every 20 s.
    expect(limiter.check("a", t)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.check("a", t + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    expect(limiter.check("a", t + 20_000)).toEqual({ allowed: true });
    expect(limiter.check("a", t + 20_000).allowed).toBe(false);
  });

  it("keeps each client's budget apart", () => {
    const limiter = createRateLimiter(1);
    expect(limiter.check("a", 0).allowed).toBe(true);
    expect(limiter.check("a", 0).allowed).toBe(false);
    expect(limiter.check("b", 0).allowed).toBe(true);
  });

  it("never refills beyond the limit after a quiet hour", () => {
    const limiter = createRateLimiter(2);
    limiter.check("a", 0);
    const later = 3_600_000;
    expect([1, 2, 3].map(() => limiter.check("a", later).allowed)).toEqual([true, true, false]);
  });

  it("never asks to wait less than a second", () => {
    const limiter = createRateLimiter(600); // one every 100 ms
    for (let i = 0; i < 600; i++) limiter.check("a", 0);
    expect(limiter.check("a", 0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("is off at 0", () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.check("a", 0).allowed).toBe(true);
  });

  it("keeps limiting correctly after forgetting thousands of idle clients", () => {
    const limiter = createRateLimiter(1);
    limiter.check("busy", 0);
    for (let i = 0; i < 20_000; i++) limiter.check(`client-${i}`, 120_000 + i);
    // "busy" refilled long ago, so forgetting it is harmless; a fresh abuser is still counted.
    expect(limiter.check("busy", 200_000).allowed).toBe(true);
    expect(limiter.check("busy", 200_000).allowed).toBe(false);
  });
});

describe("checkRateLimit", () => {
  const saved = process.env.UNSPUN_RATE_LIMIT;
  afterEach(() => {
    if (saved === undefined) delete process.env.UNSPUN_RATE_LIMIT;
    else process.env.UNSPUN_RATE_LIMIT = saved;
    resetConfigForTests();
    resetRateLimitForTests();
  });

  it("uses UNSPUN_RATE_LIMIT", () => {
    process.env.UNSPUN_RATE_LIMIT = "2";
    resetConfigForTests();
    expect(checkRateLimit("x", 0).allowed).toBe(true);
    expect(checkRateLimit("x", 0).allowed).toBe(true);
    expect(checkRateLimit("x", 0)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });
});
