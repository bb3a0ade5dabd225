import {
  Button,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { localToday } from "../app/context";
import { describeError } from "../app/errorText";
import type { FlagsOutcome, SummaryOutcome, WriteOutcome } from "../app/operations";
import type { Progress } from "../app/progress";
import type { Validation } from "../app/validation";
import type { SchemeName } from "../core/flags";
import { TaizhangError } from "../core/errors";
import type { Lang } from "../core/model";
import { IssueList } from "./IssueList";
import { NOT_A_LEDGER, SheetKinds, type SheetRow } from "./SheetKinds";
import { counted, format, resultName, type WebStrings } from "./strings";
import { FileError, type RemoteFile } from "./worker/fileClient";

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
});

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
}

/**
 * One opened file, taken through the page's five steps: its sheets recognised (the kind
 * correctable per sheet), checked, flagged, summarised with the problem list, then downloaded.
 * Each step runs in the worker; the card shows its progress and never blocks the page.
 */
export function FileCard({ name, file, lang, text, onClose }: FileCardProps) {
  const styles = useStyles();
  const [rows, setRows] = useState<SheetRow[]>(
    file.opened.sheets.map((sheet) => ({ sheet, recognition: null, kind: NOT_A_LEDGER })),
  );
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
  const bound = useRef(new Set<string>());

  const run = async (work: (progress: (p: Progress) => void) => Promise<void>) => {
    setBusy(text.working);
    setError(null);
    try {
      await work((p) => setBusy(progressText(p, text)));
    } catch (e) {
      setError(format(text.failed, { message: errorText(e, lang) }));
    } finally {
      setBusy(null);
    }
  };

  // 1. Recognise every sheet as soon as the file is open.
  useEffect(() => {
    void run(async (progress) => {
      for (const sheet of file.opened.sheets) {
        const r = await file.call("recognise", [sheet, {}], progress);
        setRows((now) =>
          now.map((row) =>
            row.sheet === sheet
              ? {
                  sheet,
                  recognition: r,
                  kind: r.isLedger && r.dataRows > 0 ? r.kind : NOT_A_LEDGER,
                }
              : row,
          ),
        );
      }
    });
    // Once per file: the card is keyed by it.
  }, [file]);

  const changeKind = (sheet: string, kind: string) => {
    setValidation(null);
    setFlags(null);
    setSummary(null);
    setRows((now) => now.map((row) => (row.sheet === sheet ? { ...row, kind } : row)));
    if (kind === NOT_A_LEDGER) return;
    void run(async (progress) => {
      const r = await file.call("recognise", [sheet, { kind }], progress);
      setRows((now) => now.map((row) => (row.sheet === sheet ? { ...row, recognition: r } : row)));
    });
  };

  const ledgers = rows.filter((r) => r.kind !== NOT_A_LEDGER);

  // 2. Register the ledgers as chosen (so the file remembers them), then check them all.
  const validate = () =>
    run(async (progress) => {
      for (const sheet of [...bound.current])
        if (!ledgers.some((l) => l.sheet === sheet)) {
          await file.call("unbind", [sheet]);
          bound.current.delete(sheet);
        }
      for (const { sheet, kind } of ledgers) {
        await file.call("bind", [sheet, { kind }], progress);
        bound.current.add(sheet);
      }
      if (ledgers.length === 0)
        throw new TaizhangError("noLedgerData", rows.map((r) => r.sheet).join("”“"));
      setValidation(await file.call("validate", [{}], progress));
      setFlags(null);
      setSummary(null);
    });

  // 3. Flags on every ledger that has items with a state.
  const applyFlags = () =>
    run(async (progress) => {
      setFlags(await file.call("applyFlags", [{ scheme, dueSoonDays: 7, asOf }], progress));
    });

  // 4. The summary (and slips), then the problem list when there are problems.
  const summarize = () =>
    run(async (progress) => {
      const written = await file.call(
        "summarize",
        [{ scheme, dueSoonDays: 7, asOf, slips }],
        progress,
      );
      const issues = validation?.issues ?? [];
      const report =
        issues.length > 0 ? await file.call("writeIssueReport", [issues], progress) : null;
      setSummary({ summary: written, report });
    });

  // 5. The workbook as it now is, downloaded under a new name.
  const download = () =>
    run(async () => {
      const bytes = await file.save();
      const blob = new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = resultName(name);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });

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
        <Spinner size="tiny" labelPosition="after" label={busy} role="progressbar" />
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
        <SheetKinds rows={rows} lang={lang} text={text} disabled={!idle} onKind={changeKind} />
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
            onClick={() => void validate()}
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
            onClick={() => void applyFlags()}
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
            onClick={() => void summarize()}
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
