import { ConfigError } from "@/lib/config";
import { closeArchiveStore, getArchiveStore } from "@/lib/store/archive-index";
import { CommandInputError, runArchiveCommand, type Streams } from "./archive";
import { runFindCommand } from "./find";

/**
 * `unspun archive …` and `unspun find …`: on the archive that UNSPUN_DATA_DIR /
 * DATABASE_URL select, as the local operator (no token). Exit 0 on success, 2 on bad
 * input with a one-line message on stderr.
 */
export async function runStoreCommand(argv: string[], streams: Streams): Promise<number> {
  try {
    const store = await getArchiveStore();
    try {
      return argv[0] === "find" ? await runFindCommand(store, argv.slice(1), streams) : await runArchiveCommand(store, argv.slice(1), streams);
    } finally {
      await closeArchiveStore();
    }
  } catch (error) {
    if (error instanceof CommandInputError || error instanceof ConfigError) {
      streams.stderr.write(`unspun: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
