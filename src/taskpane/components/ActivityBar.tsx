import { Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Progress } from "../../app/progress";
import { counted, figure, format, type Lang, type Strings } from "../i18n";
import type { Running } from "./runner";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    // In line with the panel's content under the pane's sticky strip.
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: {
    flexGrow: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** "读取“问题整改台账”12,000/20,000行" — a stage and its counts in the pane's words. */
export function stageText(progress: Progress | null, text: Strings, lang: Lang): string {
  if (!progress) return "";
  const rows = (n: number | undefined) => counted(lang, n ?? 0, "row", "rows");
  const count = (n: number | undefined) => figure(n ?? 0);
  const sheet = progress.sheet ?? "";
  switch (progress.stage) {
    case "read":
      if (progress.file)
        return format(text.stageReadFile, {
          number: count(progress.file.number),
          count: count(progress.file.count),
          name: progress.file.name,
        });
      return progress.total === undefined
        ? text.stageReadSheets
        : format(text.stageRead, {
            sheet,
            done: count(progress.done),
            total: count(progress.total),
          });
    case "recognise":
      return format(text.stageRecognise, { total: rows(progress.total) });
    case "check":
      return format(text.stageCheck, { total: rows(progress.total) });
    case "flag":
      return format(text.stageFlag, { sheet, total: rows(progress.total) });
    case "summarise":
      return format(text.stageSummarise, { total: rows(progress.total) });
    case "write":
      return text.stageWrite;
  }
}

function activityText(action: string, stage: string, text: Strings, lang: Lang): string {
  const head = format(text.working, { action });
  return stage === "" ? `${head}…` : `${head}${lang === "zh" ? "：" : ": "}${stage}…`;
}

/**
 * The pane's one progress line, above every panel: what is running, its stage with counts, a
 * bar (measured while rows or files are read), and 取消 until writing begins.
 */
export function ActivityBar(props: {
  running: Running;
  text: Strings;
  lang: Lang;
  onCancel(): void;
}) {
  const { running, text, lang } = props;
  const styles = useStyles();
  const p = running.progress;
  // Measured while rows are read, or while files are (合并报送: the files before this one).
  const value =
    p?.stage !== "read"
      ? undefined
      : p.file
        ? (p.file.number - 1) / p.file.count
        : p.total !== undefined && p.total > 0
          ? (p.done ?? 0) / p.total
          : undefined;
  const stage = stageText(p, text, lang);
  return (
    <div className={styles.bar} role="status" aria-live="polite" data-testid="activity">
      <div className={styles.line}>
        <span className={styles.text}>
          {running.cancelling ? text.cancelling : activityText(running.action, stage, text, lang)}
        </span>
        <Button
          size="small"
          appearance="secondary"
          disabled={!running.cancellable || running.cancelling}
          onClick={props.onCancel}
        >
          {text.cancel}
        </Button>
      </div>
      <ProgressBar thickness="medium" {...(value === undefined ? {} : { value })} />
    </div>
  );
}
