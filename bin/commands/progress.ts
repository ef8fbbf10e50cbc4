/**
 * A one-line progress bar on `stream` when it is a terminal (and nothing otherwise, so
 * piped output and logs stay clean). `total` may be unknown (a streamed .jsonl).
 */
export function createProgress(stream: NodeJS.WritableStream, label: string, total: number | null) {
  const tty = (stream as { isTTY?: boolean }).isTTY === true;
  let last = 0;
  const draw = (done: number, force = false) => {
    if (!tty) return;
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    const width = 30;
    const bar = total ? "█".repeat(Math.round((done / total) * width)).padEnd(width, "░") : "";
    const count = total ? `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}` : done.toLocaleString("en-US");
    stream.write(`\r${label} ${bar} ${count}`);
  };
  return {
    update: (done: number) => draw(done),
    finish: (done: number) => {
      draw(done, true);
      if (tty) stream.write("\n");
    },
  };
}
