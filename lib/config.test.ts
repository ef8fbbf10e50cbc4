import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("parseConfig", () => {
  it("uses the documented defaults when nothing is set", () => {
    expect(parseConfig({})).toEqual({
      dataDir: "./data",
      databaseUrl: null,
      baseUrl: null,
      maxChars: 200_000,
      retentionDays: 30,
      rateLimitPerMinute: 60,
      port: 3000,
      trustProxy: false,
      analysisWorkers: null,
      analysisTimeoutMs: 20_000,
      analysisQueue: 64,
      pageRateLimitPerMinute: 300,
    });
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ UNSPUN_MAX_CHARS: "", DATABASE_URL: " ", UNSPUN_BASE_URL: "" })).toMatchObject({
      maxChars: 200_000,
      databaseUrl: null,
      baseUrl: null,
    });
  });

  it("reads every variable", () => {
    expect(
      parseConfig({
        UNSPUN_DATA_DIR: "/var/lib/unspun",
        DATABASE_URL: "postgres://u:p@db:5432/unspun",
        UNSPUN_BASE_URL: "https://unspun.example.org/",
        UNSPUN_MAX_CHARS: " 500000 ",
        UNSPUN_RETENTION_DAYS: "0",
        UNSPUN_RATE_LIMIT: "0",
        PORT: "8080",
        UNSPUN_TRUST_PROXY: "True",
        UNSPUN_ANALYSIS_WORKERS: "0",
        UNSPUN_ANALYSIS_TIMEOUT_MS: "5000",
        UNSPUN_ANALYSIS_QUEUE: "8",
        UNSPUN_PAGE_RATE_LIMIT: "0",
      }),
    ).toEqual({
      dataDir: "/var/lib/unspun",
      databaseUrl: "postgres://u:p@db:5432/unspun",
      baseUrl: "https://unspun.example.org",
      maxChars: 500_000,
      retentionDays: 0,
      rateLimitPerMinute: 0,
      port: 8080,
      trustProxy: true,
      analysisWorkers: 0,
      analysisTimeoutMs: 5_000,
      analysisQueue: 8,
      pageRateLimitPerMinute: 0,
    });
  });

  it.each([
    ["UNSPUN_MAX_CHARS", "lots", /UNSPUN_MAX_CHARS must be a whole number from 1,000 to 1,000,000 \(got "lots"\)/],
    ["UNSPUN_MAX_CHARS", "10", /UNSPUN_MAX_CHARS must be a whole number/],
    ["UNSPUN_MAX_CHARS", "5000000", /UNSPUN_MAX_CHARS must be a whole number/],
    ["UNSPUN_RETENTION_DAYS", "1.5", /UNSPUN_RETENTION_DAYS must be a whole number from 0/],
    ["UNSPUN_RETENTION_DAYS", "-1", /UNSPUN_RETENTION_DAYS must be a whole number/],
    ["UNSPUN_RATE_LIMIT", "60/min", /UNSPUN_RATE_LIMIT must be a whole number/],
    ["UNSPUN_ANALYSIS_TIMEOUT_MS", "20s", /UNSPUN_ANALYSIS_TIMEOUT_MS must be a whole number from 1,000 to 600,000/],
    ["UNSPUN_ANALYSIS_QUEUE", "0", /UNSPUN_ANALYSIS_QUEUE must be a whole number from 1/],
    ["UNSPUN_TRUST_PROXY", "maybe", /UNSPUN_TRUST_PROXY must be true or false/],
    ["UNSPUN_ANALYSIS_WORKERS", "100", /UNSPUN_ANALYSIS_WORKERS must be a whole number from 0 to 64/],
    ["UNSPUN_ANALYSIS_WORKERS", "two", /UNSPUN_ANALYSIS_WORKERS must be a whole number/],
    ["PORT", "0", /PORT must be a whole number from 1 to 65,535/],
    ["UNSPUN_BASE_URL", "unspun.example.org", /UNSPUN_BASE_URL must be an http\(s\) origin/],
    ["UNSPUN_BASE_URL", "https://example.org/unspun", /UNSPUN_BASE_URL must be an http\(s\) origin/],
    ["DATABASE_URL", "mysql://db/unspun", /DATABASE_URL must be a PostgreSQL connection string/],
  ])("rejects %s=%j with a message naming it", (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(message);
  });

  it("names every bad variable at once", () => {
    expect(() => parseConfig({ PORT: "x", UNSPUN_RATE_LIMIT: "y" })).toThrow(/UNSPUN_RATE_LIMIT.*PORT|PORT.*UNSPUN_RATE_LIMIT/);
  });

  it("never echoes a database password into the message", () => {
    expect(() => parseConfig({ DATABASE_URL: "mysql://admin:hunter2@db/x" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});
