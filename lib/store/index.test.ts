import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyzeTexts } from "@/lib/analysis";
import { resetConfigForTests } from "@/lib/config";
import { closeStore, getStore } from "./index";
import { PURGE_INTERVAL_MS } from "./retention";
import { postgresBackend } from "./test-backends";

const saved = { ...process.env };
afterEach(async () => {
  await closeStore();
  for (const name of ["UNSPUN_DATA_DIR", "DATABASE_URL", "UNSPUN_RETENTION_DAYS"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetConfigForTests();
});

function configure(env: Record<string, string>) {
  Object.assign(process.env, env);
  resetConfigForTests();
}

describe("getStore", () => {
  it("uses SQLite in UNSPUN_DATA_DIR, creating the directory and file on first use", async () => {
    const root = mkdtempSync(join(tmpdir(), "unspun-index-"));
    const dir = join(root, "nested", "data");
    configure({ UNSPUN_DATA_DIR: dir, DATABASE_URL: "" });
    try {
      const store = await getStore();
      expect(await getStore()).toBe(store);
      const { id } = await store.save(analyzeTexts({ suspect: "A sentence." }));
      expect(existsSync(join(dir, "unspun.db"))).toBe(true);
      expect(await store.get(id)).not.toBeNull();
    } finally {
      await closeStore();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("purges expired results when it opens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "unspun-index-"));
    configure({ UNSPUN_DATA_DIR: dir, DATABASE_URL: "", UNSPUN_RETENTION_DAYS: "1" });
    try {
      const old = await (await getStore()).save(analyzeTexts({ suspect: "Old news." }), new Date(Date.now() - 2 * 86_400_000));
      await closeStore();
      const reopened = await getStore();
      // Hidden by get() anyway; purged means a reader with an old clock cannot see it either.
      expect(await reopened.get(old.id, new Date(Date.now() - 2 * 86_400_000))).toBeNull();
    } finally {
      await closeStore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the data directory and database files private to the app's user (0700, 0600)", async () => {
    const root = mkdtempSync(join(tmpdir(), "unspun-index-"));
    const dir = join(root, "data");
    configure({ UNSPUN_DATA_DIR: dir, DATABASE_URL: "" });
    try {
      await (await getStore()).save(analyzeTexts({ suspect: "Private text." }));
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const file of ["unspun.db", "unspun.db-wal", "unspun.db-shm"]) {
        expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);
      }
    } finally {
      await closeStore();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("purges every hour while running: a result past its expiry leaves the disk within the hour", async () => {
    const dir = mkdtempSync(join(tmpdir(), "unspun-index-"));
    configure({ UNSPUN_DATA_DIR: dir, DATABASE_URL: "", UNSPUN_RETENTION_DAYS: "1" });
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    try {
      const start = new Date("2026-06-01T12:00:00Z");
      vi.setSystemTime(start);
      const store = await getStore();
      const saved = await store.save(analyzeTexts({ suspect: "Expiring news." }));
      // A day and a half later, the next hourly purge has run: gone even for a reader whose clock is behind.
      vi.setSystemTime(new Date(start.getTime() + 36 * 3_600_000));
      expect(await store.get(saved.id, start)).not.toBeNull(); // no purge has run yet
      await vi.advanceTimersByTimeAsync(PURGE_INTERVAL_MS);
      expect(await store.get(saved.id, start)).toBeNull();
    } finally {
      vi.useRealTimers();
      await closeStore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports an unreachable PostgreSQL and tries again on the next call", async () => {
    configure({ DATABASE_URL: "postgres://nobody:nothing@127.0.0.1:9/none" });
    await expect(getStore()).rejects.toThrow();
    await expect(getStore()).rejects.toThrow();
  });

  it.runIf(process.env.TEST_DATABASE_URL)("uses PostgreSQL when DATABASE_URL is set", async () => {
    const backend = await postgresBackend(process.env.TEST_DATABASE_URL!);
    try {
      configure({ DATABASE_URL: backend.connectionString });
      const { id } = await (await getStore()).save(analyzeTexts({ suspect: "Stored in PostgreSQL." }));
      expect(await backend.readRaw()).toContain(id);
    } finally {
      await closeStore();
      await backend.dispose();
    }
  });
});
