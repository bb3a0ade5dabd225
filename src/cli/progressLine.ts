// Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal, one plain
// line per step otherwise (a log file, a CI job), so stdout stays the report alone.
import type { Lang } from "../core/model";
import type { CliIO } from "./command";

const WIDTH = 30;

export function fileProgress(
  io: CliIO,
  lang: Lang,
  terminal: NodeJS.WriteStream | null,
): { onFile: (done: number, total: number, name: string) => void; end: () => void } {
  let drawn = false;
  return {
    onFile(done, total, name) {
      if (terminal) {
        const filled = Math.round((done / total) * WIDTH);
        const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
        const label = lang === "zh" ? "读取" : "reading";
        terminal.write(`\r${bar} ${done}/${total} ${label}`);
        drawn = true;
      } else
        io.err(
          lang === "zh" ? `已读取 ${done}/${total}：${name}` : `read ${done}/${total}: ${name}`,
        );
    },
    end() {
      if (terminal && drawn) terminal.write("\n");
    },
  };
}
