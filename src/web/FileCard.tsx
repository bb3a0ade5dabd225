import {
  Button,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { isCancelled } from "../app/progress";
import { localToday } from "../app/context";
import { describeError } from "../app/errorText";
import type { FlagsOutcome, SummaryOutcome, WriteOutcome } from "../app/operations";
import type { Progress } from "../app/progress";
import type { Validation } from "../app/validation";
import type { SchemeName } from "../core/flags";
import { TaizhangError } from "../core/errors";
import type { Lang } from "../core/model";
import type { UserColumn } from "../core/read";
import { downloadWorkbook } from "./download";
import { IssueList } from "./IssueList";
import { NOT_A_LEDGER, SheetKinds, type SheetRow } from "./SheetKinds";
import { counted, format, resultName, type WebStrings } from "./strings";
import { FileError, WorkerStopped, type RemoteFile, type Restart } from "./worker/fileClient";
import type { SheetChoice } from "./worker/protocol";

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box" },
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "& p": { margin: 0 },
  },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "end", flexWrap: "wrap" },
  narrative: { whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200 },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  busy: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

/**
 * The steps whose work lives in the worker's copy of the file: lost when the worker is ended
 * (cancel, failure), and done again on request from what the page keeps.
 */
type Step = "recognise" | "validate" | "flags" | "summary";
const STEPS: readonly Step[] = ["recognise", "validate", "flags", "summary"];

/** The worker was started afresh: why, and the steps to do again for this file. */
interface Restarted {
  why: Restart;
  lost: Step[];
}

const withStep = (steps: readonly Step[], step: Step) =>
  STEPS.filter((s) => s === step || steps.includes(s));

function errorText(error: unknown, lang: Lang): string {
  if (error instanceof FileError && error.text) return error.text[lang];
  return describeError(error, lang).message;
}

function progressText(p: Progress, text: WebStrings): string {
  const n = (x: number | undefined) => (x ?? 0).toLocaleString("en-US");
  const values = { sheet: p.sheet ?? "", done: n(p.done), total: n(p.total) };
  const template = {
    read: text.stageRead,
    recognise: text.stageRecognise,
    check: text.stageCheck,
    flag: text.stageFlag,
    summarise: text.stageSummarise,
    write: text.stageWrite,
  }[p.stage];
  return format(template, values);
}

export interface FileCardProps {
  name: string;
  file: RemoteFile;
  lang: Lang;
  text: WebStrings;
  onClose(): void;
  /** Stops the work under way (the page's worker is ended; the files stay open). */
  onCancel(): void;
  /** Listens for the worker being started afresh; gives back the way to stop listening. */
  onRestart(listener: (why: Restart) => void): () => void;
  /** Told the user's corrections (kind, columns) each time one is made: 合并各院台账 reads so. */
  onChoices?(choices: SheetChoice[]): void;
}

/**
 * One opened file, taken through the page's five steps: its sheets recognised (the kind
 * correctable per sheet), checked, flagged, summarised with the problem list, then downloaded.
 * Each step runs in the worker; the card shows its progress and never blocks the page.
 */
export function FileCard(props: FileCardProps) {
  const { name, file, lang, text, onClose } = props;
  const styles = useStyles();
  const [rows, setRows] = useState<SheetRow[]>(
    file.opened.sheets.map((sheet) => ({
      sheet,
      recognition: null,
      kind: NOT_A_LEDGER,
      columns: [],
    })),
  );
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [restarted, setRestarted] = useState<Restarted | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [validation, setValidation] = useState<Validation | null>(null);
  const [flags, setFlags] = useState<FlagsOutcome | null>(null);
  const [summary, setSummary] = useState<{
    summary: SummaryOutcome;
    report: WriteOutcome | null;
  } | null>(null);
  const [scheme, setScheme] = useState<SchemeName>("flags");
  const [asOf, setAsOf] = useState(localToday());
  const [slips, setSlips] = useState(true);
  /** Each ledger's binding as the worker's copy of the file holds it (kind and columns). */
  const bound = useRef(new Map<string, string>());
  /** The sheets the user corrected (kind or columns), whose choices the page is told. */
  const correctedSheets = useRef(new Set<string>());
  /** The steps done on the worker's copy of the file, to do again after a restart. */
  const done = useRef<Step[]>([]);
  /** The steps a redo has still to do (kept if the redo is cancelled or fails in turn). */
  const redoing = useRef<Step[]>([]);
  // The latest rows and choices, for steps done again from a notice (not from a render).
  const latest = useRef({ rows, validation, scheme, asOf, slips });
  latest.current = { rows, validation, scheme, asOf, slips };

  type Work = (progress: (p: Progress) => void) => Promise<void>;
  const run = async (step: Step | null, work: Work) => {
    setBusy(text.working);
    setError(null);
    try {
      await work((p) => setBusy(progressText(p, text)));
      if (step !== null) done.current = withStep(done.current, step);
    } catch (e) {
      // A cancel or a failure of the worker is told by the notice the restart set.
      if (e instanceof WorkerStopped && step !== null)
        setRestarted((now) => ({ why: "stopped", lost: withStep(now?.lost ?? [], step) }));
      else if (!isCancelled(e)) setError(format(text.failed, { message: errorText(e, lang) }));
    } finally {
      setBusy(null);
    }
  };

  // The worker was ended: what it did to the file is gone; what the page keeps is not.
  const busyNow = useRef(false);
  busyNow.current = busy !== null;
  useEffect(
    () =>
      props.onRestart((why) => {
        bound.current.clear();
        // What was done, and what a redo under way had still to do: all to be done again.
        const lost = STEPS.filter((s) =>
          s === "recognise"
            ? latest.current.rows.some((r) => r.recognition === null)
            : done.current.includes(s) || redoing.current.includes(s),
        );
        done.current = [];
        redoing.current = [];
        setValidation(null);
        setFlags(null);
        setSummary(null);
        if (lost.length > 0 || busyNow.current) setRestarted({ why, lost });
      }),
    // The listener reads refs only.
    [],
  );

  const recogniseRow = async (sheet: string, progress: (p: Progress) => void) => {
    const row = latest.current.rows.find((r) => r.sheet === sheet);
    const choice =
      row && row.recognition !== null && row.kind !== NOT_A_LEDGER
        ? { kind: row.kind, columns: row.columns }
        : {};
    const r = await file.call("recognise", [sheet, choice], progress);
    setRows((now) =>
      now.map((x) =>
        x.sheet !== sheet
          ? x
          : x.recognition === null
            ? { ...x, recognition: r, kind: r.isLedger && r.dataRows > 0 ? r.kind : NOT_A_LEDGER }
            : { ...x, recognition: r },
      ),
    );
  };

  // 1. Recognise every sheet not yet recognised: as soon as the file is open, and again when a
  // cancel stopped it halfway.
  const recogniseAll: Work = async (progress) => {
    for (const row of latest.current.rows)
      if (row.recognition === null) await recogniseRow(row.sheet, progress);
  };
  useEffect(() => {
    void run("recognise", recogniseAll);
    // Once per file: the card is keyed by it.
  }, [file]);

  /** A correction: the worker's results no longer hold (they were read the other way). */
  const corrected = (sheet: string, change: Partial<SheetRow>) => {
    setValidation(null);
    setFlags(null);
    setSummary(null);
    done.current = done.current.filter((s) => s === "recognise");
    const rowsNow = latest.current.rows.map((row) =>
      row.sheet === sheet ? { ...row, ...change } : row,
    );
    latest.current.rows = rowsNow;
    setRows(rowsNow);
    correctedSheets.current.add(sheet);
    props.onChoices?.(
      rowsNow
        .filter((r) => correctedSheets.current.has(r.sheet))
        .map((r) => ({
          sheet: r.sheet,
          kind: r.kind === NOT_A_LEDGER ? null : r.kind,
          columns: r.columns,
        })),
    );
    const row = rowsNow.find((r) => r.sheet === sheet);
    if (!row || row.kind === NOT_A_LEDGER) return;
    void run(null, (progress) => recogniseRow(sheet, progress));
  };
  const changeKind = (sheet: string, kind: string) => corrected(sheet, { kind, columns: [] });
  const assign = (sheet: string, column: UserColumn) => {
    const row = latest.current.rows.find((r) => r.sheet === sheet);
    const columns = [...(row?.columns ?? []).filter((c) => c.column !== column.column), column];
    corrected(sheet, { columns });
  };
  const expand = (sheet: string) =>
    setExpanded((now) => {
      const next = new Set(now);
      if (!next.delete(sheet)) next.add(sheet);
      return next;
    });

  const ledgers = rows.filter((r) => r.kind !== NOT_A_LEDGER);

  // 2. Register the ledgers as chosen, with the columns the user set (so the file remembers
  // them and every later step reads them so), then check them all.
  const checkAll: Work = async (progress) => {
    const chosen = latest.current.rows.filter((r) => r.kind !== NOT_A_LEDGER);
    for (const sheet of [...bound.current.keys()])
      if (!chosen.some((l) => l.sheet === sheet)) {
        await file.call("unbind", [sheet]);
        bound.current.delete(sheet);
      }
    for (const { sheet, kind, columns } of chosen) {
      const as = JSON.stringify({ kind, columns });
      if (bound.current.get(sheet) === as) continue;
      await file.call("bind", [sheet, { kind, columns }], progress);
      bound.current.set(sheet, as);
    }
    if (chosen.length === 0)
      throw new TaizhangError("noLedgerData", latest.current.rows.map((r) => r.sheet).join("”“"));
    const checked = await file.call("validate", [{}], progress);
    latest.current.validation = checked;
    setValidation(checked);
    setFlags(null);
    setSummary(null);
  };

  // 3. Flags on every ledger that has items with a state.
  const flagAll: Work = async (progress) => {
    const { scheme, asOf } = latest.current;
    setFlags(await file.call("applyFlags", [{ scheme, dueSoonDays: 7, asOf }], progress));
  };

  // 4. The summary (and slips), then the problem list when there are problems.
  const summarizeAll: Work = async (progress) => {
    const { scheme, asOf, slips, validation } = latest.current;
    const written = await file.call(
      "summarize",
      [{ scheme, dueSoonDays: 7, asOf, slips }],
      progress,
    );
    const issues = validation?.issues ?? [];
    const report =
      issues.length > 0 ? await file.call("writeIssueReport", [issues], progress) : null;
    setSummary({ summary: written, report });
  };

  const work: Record<Step, Work> = {
    recognise: recogniseAll,
    validate: checkAll,
    flags: flagAll,
    summary: summarizeAll,
  };

  /** After a restart: the lost steps done again, in order, on the new worker's copy. */
  const redo = (steps: readonly Step[]) => {
    setRestarted(null);
    redoing.current = STEPS.filter(
      (step) => steps.includes(step) || (step === "recognise" && rows.some((r) => !r.recognition)),
    );
    void (async () => {
      while (redoing.current.length > 0) {
        const step = redoing.current[0]!;
        let failed = false;
        await run(step, async (progress) => {
          try {
            await work[step](progress);
          } catch (e) {
            failed = true;
            throw e;
          }
        });
        if (failed) {
          redoing.current = [];
          return;
        }
        redoing.current = redoing.current.slice(1);
      }
    })();
  };

  // 5. The workbook as it now is, downloaded under a new name.
  const download = () =>
    run(null, async () => downloadWorkbook(await file.save(), resultName(name)));

  const quoted = (names: readonly string[]) => names.join(lang === "zh" ? "”、“" : "”, “");
  const recognising = rows.some((r) => r.recognition === null);
  const idle = busy === null;

  return (
    <Card className={styles.card} data-file={name}>
      <CardHeader
        header={<Text weight="semibold">{name}</Text>}
        action={
          <Button appearance="subtle" onClick={onClose} disabled={!idle}>
            {text.closeFile}
          </Button>
        }
      />
      {file.opened.source === "text" && (
        <Text className={styles.caption}>
          {format(text.sourceText, { sheet: file.opened.sheets[0] ?? "" })}
        </Text>
      )}
      {busy !== null && (
        <div className={styles.busy}>
          <Spinner size="tiny" labelPosition="after" label={busy} role="progressbar" />
          <Button size="small" onClick={props.onCancel}>
            {text.cancel}
          </Button>
        </div>
      )}
      {restarted !== null && (
        <MessageBar intent={restarted.why === "stopped" ? "warning" : "info"} layout="multiline">
          <MessageBarBody>
            <div role="status">{noticeText(restarted, text)}</div>
          </MessageBarBody>
          {(restarted.why === "stopped" || restarted.lost.length > 0) && (
            <MessageBarActions>
              <Button disabled={!idle} onClick={() => redo(restarted.lost)}>
                {restarted.why === "stopped"
                  ? text.retry
                  : onlyRecognition(restarted)
                    ? text.continueRecognise
                    : text.redo}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <div role="alert">{error}</div>
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.step} aria-label={text.step1}>
        <h2 className={styles.heading}>{text.step1}</h2>
        <SheetKinds
          rows={rows}
          lang={lang}
          text={text}
          disabled={!idle}
          expanded={expanded}
          onKind={changeKind}
          onExpand={expand}
          onAssign={assign}
        />
        {!recognising && (
          <p>
            {ledgers.length === 0
              ? text.noLedgers
              : format(text.ledgersFound, {
                  count: counted(lang, ledgers.length, "ledger", "ledgers"),
                })}
          </p>
        )}
      </section>

      <section className={styles.step} aria-label={text.step2}>
        <h2 className={styles.heading}>{text.step2}</h2>
        <div>
          <Button
            appearance="primary"
            disabled={!idle || recognising || ledgers.length === 0}
            onClick={() => void run("validate", checkAll)}
          >
            {text.validate}
          </Button>
        </div>
        {validation && <IssueList validation={validation} lang={lang} text={text} />}
      </section>

      <section className={styles.step} aria-label={text.step3}>
        <h2 className={styles.heading}>{text.step3}</h2>
        <div className={styles.row}>
          <Field label={text.schemeLabel}>
            <RadioGroup
              value={scheme}
              onChange={(_, d) => setScheme(d.value === "lights" ? "lights" : "flags")}
            >
              <Radio value="flags" label={text.schemeFlags} />
              <Radio value="lights" label={text.schemeLights} />
            </RadioGroup>
          </Field>
          <Field label={text.asOfLabel}>
            <Input
              type="date"
              value={asOf}
              onChange={(_, d) => d.value !== "" && setAsOf(d.value)}
            />
          </Field>
        </div>
        <div>
          <Button
            appearance="primary"
            disabled={!idle || validation === null}
            onClick={() => void run("flags", flagAll)}
          >
            {text.applyFlags}
          </Button>
        </div>
        {flags && (
          <p role="status">
            {flags.flagged.length > 0
              ? format(text.flagsApplied, { sheets: quoted(flags.flagged) })
              : text.flagsNone}
          </p>
        )}
        {flags && flags.notes.length > 0 && <Notes notes={flags.notes} text={text} />}
      </section>

      <section className={styles.step} aria-label={text.step4}>
        <h2 className={styles.heading}>{text.step4}</h2>
        <Checkbox
          checked={slips}
          onChange={(_, d) => setSlips(d.checked === true)}
          label={text.slipsLabel}
        />
        <div>
          <Button
            appearance="primary"
            disabled={!idle || validation === null}
            onClick={() => void run("summary", summarizeAll)}
          >
            {text.summarize}
          </Button>
        </div>
        {summary && (
          <>
            <p role="status">
              {format(text.summaryWritten, {
                sheets: `“${quoted([...summary.summary.sheets, ...(summary.report?.sheets ?? [])])}”`,
              })}
            </p>
            {summary.report === null && <p>{text.noIssueReport}</p>}
            <p className={styles.caption}>{text.summaryCharts}</p>
            <Text weight="semibold">{text.headlineTitle}</Text>
            <p>
              {summary.summary.figures.headline
                .map((h) => `${h.label} ${h.value}`)
                .join(lang === "zh" ? "；" : "; ")}
            </p>
            <Text weight="semibold">{text.narrativeTitle}</Text>
            <p className={styles.narrative}>{summary.summary.figures.narrative}</p>
            {[...summary.summary.notes, ...(summary.report?.notes ?? [])].length > 0 && (
              <Notes
                notes={[...summary.summary.notes, ...(summary.report?.notes ?? [])]}
                text={text}
              />
            )}
          </>
        )}
      </section>

      <section className={styles.step} aria-label={text.step5}>
        <h2 className={styles.heading}>{text.step5}</h2>
        <div>
          <Button
            appearance="primary"
            disabled={!idle || validation === null}
            onClick={() => void download()}
          >
            {format(text.download, { file: resultName(name) })}
          </Button>
        </div>
        <p className={styles.caption}>{text.downloadHint}</p>
      </section>
    </Card>
  );
}

const onlyRecognition = (r: Restarted) => r.lost.every((s) => s === "recognise");

/** What a restart meant for this file, in the reader's words. */
function noticeText(r: Restarted, text: WebStrings): string {
  if (r.why === "stopped") return text.restartStopped;
  if (r.lost.length === 0) return text.cancelledNothing;
  return onlyRecognition(r) ? text.recogniseCancelled : text.restartCancelled;
}

function Notes({ notes, text }: { notes: readonly string[]; text: WebStrings }) {
  return (
    <div>
      <Text weight="semibold">{text.notesTitle}</Text>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
