import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { ConsolidateOutcome } from "../app/consolidate";
import { localToday } from "../app/context";
import { describeError } from "../app/errorText";
import { isCancelled, type Progress } from "../app/progress";
import type { Lang } from "../core/model";
import { downloadWorkbook } from "./download";
import { MERGED_NAME, figure, format, type WebStrings } from "./strings";
import { FileError, type FileClient, type ReadBytes } from "./worker/fileClient";

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box", "& p": { margin: 0 } },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  narrative: { whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200 },
});

export interface ConsolidatePanelProps {
  /** Every file on the page, read again from the page's own File each time. */
  files: readonly { name: string; read: ReadBytes }[];
  /** The consolidation's own worker: cancelling it leaves the open files' worker alone. */
  merger: FileClient;
  lang: Lang;
  text: WebStrings;
}

type State =
  | { is: "idle" }
  | { is: "running"; label: string }
  | { is: "done"; outcome: ConsolidateOutcome; bytes: Uint8Array }
  | { is: "failed"; message: string }
  | { is: "cancelled" };

/**
 * 合并各院台账: the files open on the page made one new workbook, as `taizhang consolidate`
 * makes it (src/app/consolidate.ts), in a worker of its own, with progress and a cancel button.
 */
export function ConsolidatePanel({ files, merger, lang, text }: ConsolidatePanelProps) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ is: "idle" });
  const run = useRef(0);

  const progressText = (p: Progress) =>
    p.done !== undefined && p.done === p.total
      ? text.mergeWriting
      : format(text.mergeReading, {
          done: figure(p.done ?? 0),
          total: figure(p.total ?? files.length),
          sheet: p.sheet ?? "",
        });

  const start = async () => {
    const mine = ++run.current;
    setState({ is: "running", label: text.working });
    try {
      const { outcome, bytes } = await merger.consolidate(
        files,
        { scheme: "flags", dueSoonDays: 7, asOf: localToday(), slips: true },
        lang,
        (p) => run.current === mine && setState({ is: "running", label: progressText(p) }),
      );
      if (run.current === mine) setState({ is: "done", outcome, bytes });
    } catch (e) {
      if (run.current !== mine) return;
      if (isCancelled(e)) setState({ is: "cancelled" });
      else
        setState({
          is: "failed",
          message: format(text.failed, {
            message:
              e instanceof FileError && e.text ? e.text[lang] : describeError(e, lang).message,
          }),
        });
    }
  };

  const list = (names: readonly string[]) => names.join(lang === "zh" ? "”、“" : "”, “");

  return (
    <Card className={styles.card} aria-label={text.mergeTitle} role="region">
      <h2 className={styles.heading}>{text.mergeTitle}</h2>
      <p>{text.mergeIntro}</p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.is === "running"} onClick={() => void start()}>
          {format(text.merge, { count: figure(files.length) })}
        </Button>
        {state.is === "running" && (
          <>
            <Spinner size="tiny" labelPosition="after" label={state.label} role="progressbar" />
            <Button onClick={() => merger.cancel()}>{text.cancel}</Button>
          </>
        )}
      </div>
      {state.is === "cancelled" && <p role="status">{text.mergeCancelled}</p>}
      {state.is === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <div role="alert">{state.message}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.is === "done" && (
        <>
          <p role="status">
            {format(text.mergeDone, { count: figure(state.outcome.submission.files.length) })}
          </p>
          <ul className={styles.list}>
            {state.outcome.merged.map((m) => (
              <li key={m.kind}>
                {format(text.mergeKind, { sheet: m.sheet, rows: figure(m.rows) })}
              </li>
            ))}
            {state.outcome.submission.files
              .filter((f) => f.problem)
              .map((f) => (
                <li key={`problem:${f.file}`}>
                  {format(text.mergeUnreadable, { file: f.file, detail: f.problem![lang] })}
                </li>
              ))}
            {state.outcome.submission.files
              .filter((f) => f.sameAs.length > 0)
              .map((f) => (
                <li key={`same:${f.file}`}>
                  {format(text.mergeDuplicate, { file: f.file, others: list(f.sameAs) })}
                </li>
              ))}
            {state.outcome.repeats.length > 0 && (
              <li>{format(text.mergeRepeats, { count: figure(state.outcome.repeats.length) })}</li>
            )}
          </ul>
          <Text className={styles.narrative}>{state.outcome.figures.narrative}</Text>
          <div>
            <Button appearance="primary" onClick={() => downloadWorkbook(state.bytes, MERGED_NAME)}>
              {format(text.mergeDownload, { file: MERGED_NAME })}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
