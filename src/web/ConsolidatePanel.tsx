import {
  Button,
  Card,
  Field,
  Input,
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
import { FilePicker, explainPick, type FilePickerProps } from "../ui/FilePicker";
import { SummaryChoiceFields, type SchemeChoice } from "../ui/SchemeChoiceFields";
import { downloadWorkbook } from "./download";
import { MERGED_NAME, counted, figure, format, type WebStrings } from "./strings";
import { FileError, type FileClient, type PageFile } from "./worker/fileClient";

/** What the reader takes: .xlsx/.xlsm and CSV or tab-separated text. */
const ACCEPT = ".xlsx,.xlsm,.csv,.txt";
/** What a folder of last period's files is taken for: workbooks and CSV (not every .txt). */
const FOLDER_EXTENSIONS = [".xlsx", ".xlsm", ".csv"];

/** A picker of the card: the page keeps the files chosen; the inputs are told apart by name. */
function CardPicker(
  props: Pick<
    FilePickerProps,
    "label" | "choose" | "multiple" | "files" | "onChange" | "disabled" | "folder"
  > & {
    text: WebStrings;
    lang: Lang;
  },
) {
  const { text, lang, ...picker } = props;
  return (
    <FilePicker
      {...picker}
      clear={text.mergeClear}
      none={text.mergeNoneChosen}
      accept={ACCEPT}
      inputLabel={props.choose}
      clearLabel={`${text.mergeClear} ${props.choose}`}
      explain={(notice) => explainPick(notice, lang, text)}
    />
  );
}

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box", "& p": { margin: 0 } },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  // Two columns where the page is wide (1280 px), one under the other where it is not (800 px).
  options: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))",
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    alignItems: "start",
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  date: { maxWidth: "200px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  narrative: { whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200 },
});

export interface ConsolidatePanelProps {
  /** Every file on the page, read again from the page's own File each time. */
  files: readonly PageFile[];
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

const pageFile = (file: File): PageFile => ({ name: file.name, read: () => file.arrayBuffer() });

/**
 * 合并各院台账: the files open on the page made one new workbook, as `taizhang consolidate`
 * makes it (src/app/consolidate.ts), in a worker of its own, with progress and a cancel button;
 * checked against an office registry and last period's files when the user gives them.
 */
export function ConsolidatePanel({ files, merger, lang, text }: ConsolidatePanelProps) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ is: "idle" });
  const [registry, setRegistry] = useState<File[]>([]);
  const [previous, setPrevious] = useState<File[]>([]);
  const [choice, setChoice] = useState<SchemeChoice>({ scheme: "flags", dueSoonDays: 7 });
  const [slips, setSlips] = useState(true);
  const [asOf, setAsOf] = useState(localToday());
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
        {
          files,
          registry: registry.map(pageFile),
          previous: previous.map(pageFile),
          choice: { ...choice, asOf, slips },
        },
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
      <div className={styles.options}>
        <div className={styles.column}>
          <CardPicker
            label={text.mergeRegistryLabel}
            choose={text.mergeChooseRegistry}
            multiple={false}
            files={registry}
            onChange={setRegistry}
            disabled={state.is === "running"}
            text={text}
            lang={lang}
          />
          <CardPicker
            label={text.mergePreviousLabel}
            choose={text.mergeChoosePrevious}
            multiple
            folder={{ choose: text.mergeChoosePreviousFolder, extensions: FOLDER_EXTENSIONS }}
            files={previous}
            onChange={setPrevious}
            disabled={state.is === "running"}
            text={text}
            lang={lang}
          />
        </div>
        <div className={styles.column}>
          <SummaryChoiceFields
            value={choice}
            onChange={setChoice}
            slips={slips}
            onSlips={setSlips}
            text={text}
          />
          <Field label={text.asOfLabel}>
            <Input
              type="date"
              className={styles.date}
              value={asOf}
              onChange={(_, d) => d.value !== "" && setAsOf(d.value)}
            />
          </Field>
        </div>
      </div>
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
            <li>
              {state.outcome.submission.missing === null
                ? text.mergeNoRegistry
                : state.outcome.submission.missing.length === 0
                  ? text.mergeAllSent
                  : format(text.mergeMissing, {
                      count: counted(
                        lang,
                        state.outcome.submission.missing.length,
                        "office",
                        "offices",
                      ),
                      offices: state.outcome.submission.missing.join(lang === "zh" ? "、" : ", "),
                    })}
            </li>
            {state.outcome.submission.files
              .filter((f) => f.sameAsPrevious.length > 0)
              .map((f) => (
                <li key={`previous:${f.file}`}>
                  {format(text.mergeSamePrevious, { file: f.file, others: list(f.sameAsPrevious) })}
                </li>
              ))}
            {/* A pair of same files is told once, by the copy: the later file, not counted. */}
            {state.outcome.submission.files.map(
              (f) =>
                f.copyOf !== undefined && (
                  <li key={`same:${f.file}`}>
                    {format(text.mergeCountedOnce, { file: f.file, original: f.copyOf })}
                  </li>
                ),
            )}
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
