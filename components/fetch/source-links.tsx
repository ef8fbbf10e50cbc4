import type { Analysis } from "@/lib/analysis/types";
import { isLink } from "@/lib/fetch/is-link";

/**
 * "Original read from … · Suspect read from …" for an analysis whose texts were fetched
 * from links (the contract's added `originalUrl` / `suspectUrl`); nothing otherwise. Only
 * http(s) links are shown as links.
 */
export function SourceLinks({ analysis }: { analysis: Analysis }) {
  const fields = analysis as Analysis & { originalUrl?: unknown; suspectUrl?: unknown };
  const candidates: Array<[string, unknown]> = [
    ["Original", fields.originalUrl],
    ["Suspect", fields.suspectUrl],
  ];
  const sides = candidates.filter((side): side is [string, string] => typeof side[1] === "string" && isLink(side[1]));
  if (sides.length === 0) return null;
  return (
    <ul aria-label="Sources" className="flex flex-col gap-1 text-sm text-muted">
      {sides.map(([label, url]) => (
        <li key={label}>
          {label} read from{" "}
          <a href={url} rel="noreferrer noopener" target="_blank" className="break-all">
            {url}
          </a>
        </li>
      ))}
    </ul>
  );
}
