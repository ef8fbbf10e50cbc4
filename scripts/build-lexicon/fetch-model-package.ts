import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The parts of Debian's pocketsphinx-en-us package the lexicon uses. */
export interface ModelPackage {
  lmPath: string;
  copyrightPath: string;
  /** The Debian package version, for the notice ("unknown" for a given folder). */
  version: string;
  /** The temporary folder this run made, to delete when done (undefined for a given folder). */
  tempDir?: string;
}

const MODEL_IN_PACKAGE = "usr/share/pocketsphinx/model/en-us/en-us.lm.bin";
const COPYRIGHT_IN_PACKAGE = "usr/share/doc/pocketsphinx-en-us/copyright";

/**
 * Gets CMU Sphinx's US-English model package. With `UNSPUN_POCKETSPHINX_ROOT` set to an
 * extracted package (a folder holding usr/share/pocketsphinx/…), uses that; otherwise
 * runs `apt-get download pocketsphinx-en-us` and `dpkg-deb -x` in a new temporary folder.
 * @throws Error when apt or the package layout fails.
 */
export function fetchModelPackage(): ModelPackage {
  const given = process.env.UNSPUN_POCKETSPHINX_ROOT;
  if (given) return packageAt(given, "unknown (UNSPUN_POCKETSPHINX_ROOT)");
  const dir = mkdtempSync(join(tmpdir(), "unspun-pocketsphinx-"));
  execFileSync("apt-get", ["download", "pocketsphinx-en-us"], { cwd: dir, stdio: ["ignore", "inherit", "inherit"] });
  const deb = readdirSync(dir).find((name) => name.endsWith(".deb"));
  if (!deb) throw new Error(`apt-get download left no .deb in ${dir}`);
  const root = join(dir, "root");
  execFileSync("dpkg-deb", ["-x", join(dir, deb), root]);
  const version = execFileSync("dpkg-deb", ["-f", join(dir, deb), "Version"], { encoding: "utf8" }).trim();
  return { ...packageAt(root, version), tempDir: dir };
}

function packageAt(root: string, version: string): ModelPackage {
  const lmPath = join(root, MODEL_IN_PACKAGE);
  const copyrightPath = join(root, COPYRIGHT_IN_PACKAGE);
  for (const path of [lmPath, copyrightPath]) if (!existsSync(path)) throw new Error(`${path} is missing from the model package`);
  return { lmPath, copyrightPath, version };
}

/**
 * The licence that covers the model files ("Files: *" in the Debian copyright file,
 * machine-readable format 1.0), as plain text: copyright lines and the licence body.
 */
export function modelLicenceText(copyright: string): string {
  const stanza = copyright.split(/\n\s*\n/).find((block) => /^Files:\s*\*\s*$/m.test(block));
  if (!stanza) throw new Error("the Debian copyright file has no 'Files: *' stanza");
  const lines = stanza.split("\n");
  const copyrightLines: string[] = [];
  const licence: string[] = [];
  let field = "";
  for (const line of lines) {
    const header = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (header) {
      field = header[1] ?? "";
      if (field === "Copyright") copyrightLines.push((header[2] ?? "").trim());
      if (field === "License") licence.push(`Licence: ${(header[2] ?? "").trim()}`, "");
      continue;
    }
    const body = line.replace(/^ /, "");
    if (field === "Copyright") copyrightLines.push(body.trim());
    if (field === "License") licence.push(body === "." ? "" : body);
  }
  return [...copyrightLines.map((c) => `Copyright ${c}`), "", ...licence].join("\n").trimEnd();
}
