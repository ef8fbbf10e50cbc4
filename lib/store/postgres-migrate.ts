import type pg from "pg";
import type { Migration } from "./migrations";

/**
 * Applies pending migrations in one transaction under a transaction-scoped advisory lock:
 * when several instances start at once, one migrates and the others wait, then find
 * nothing left to do. `versionTable` records what was applied (one table per schema, so
 * the results and the archive migrate on their own).
 */
export async function applyPostgresMigrations(
  pool: pg.Pool,
  { lockKey, versionTable, migrations }: { lockKey: number; versionTable: string; migrations: readonly Migration[] },
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [lockKey]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${versionTable} (version INTEGER NOT NULL)`);
    const { rows } = await client.query<{ version: number | null }>(`SELECT MAX(version) AS version FROM ${versionTable}`);
    const applied = rows[0]?.version ?? 0;
    for (const migration of migrations) {
      if (migration.version <= applied) continue;
      await client.query(migration.postgres);
      await client.query(`INSERT INTO ${versionTable} (version) VALUES ($1)`, [migration.version]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
