import { Body1, Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { useRunner } from "../components/runner";
import { FilePicker, explainPick } from "../../ui/FilePicker";
import { SummaryChoiceFields, type SchemeChoice } from "../../ui/SchemeChoiceFields";
import { useOperation } from "../components/useOperation";
import type { WorkbookView } from "../components/workbook";
import type { ConsolidationOutcome, FileState, PaneConsolidation } from "../consolidation";
import { counted, figure, format, quotedList, type Lang, type Strings } from "../i18n";
import { kindName } from "../../app/kinds";

/** What the reader takes: .xlsx/.xlsm and CSV or tab-separated text; .xls is picked to be told why not. */
const ACCEPT = ".xlsx,.xlsm,.csv,.txt,.xls";

const useStyles = makeStyles({
  state: { color: tokens.colorNeutralForeground3 },
  unreadable: { color: tokens.colorPaletteRedForeground1 },
});

export interface ConsolidatePanelProps {
  consolidation: PaneConsolidation;
  text: Strings;
  lang: Lang;
  workbook: WorkbookView;
}

/** A picker of the panel; the offices' files also show each file's state in the last run. */
function PanelPicker(props: {
  label: string;
  multiple: boolean;
  files: readonly File[];
  onChange(files: File[]): void;
  disabled: boolean;
  text: Strings;
  /** Each file's state in the last run, by index (the offices' files only). */
  states?: readonly (FileState | undefined)[];
  lang: Lang;
}) {
  const own = useStyles();
  const { text, states } = props;
  const stateText = (state: FileState | undefined) => {
    if (!state) return text.fileWaiting;
    if (state.state === "reading") return text.fileReading;
    if (state.state === "read") return text.fileRead;
    return format(text.fileUnreadable, { reason: state.problem[props.lang] });
  };
  return (
    <FilePicker
      label={props.label}
      choose={text.chooseFiles}
      clear={text.clearFiles}
      none={text.noFileChosen}
      accept={ACCEPT}
      multiple={props.multiple}
      files={props.files}
      onChange={props.onChange}
      disabled={props.disabled}
      explain={(notice) => explainPick(notice, props.lang, text)}
      {...(states && {
        note: (_file: File, i: number) => (
          <span className={states[i]?.state === "unreadable" ? own.unreadable : own.state}>
            {` — ${stateText(states[i])}`}
          </span>
        ),
      })}
    />
  );
}

/**
 * 合并报送: the offices' files (and, if given, the registry and last period's files) read one
 * at a time off the page's thread and merged into the open workbook; what was sent, what is
 * missing or sent twice, the merged sheets, each written sheet a click away.
 */
export function ConsolidatePanel({ consolidation, text, lang, workbook }: ConsolidatePanelProps) {
  const styles = usePanelStyles();
  const runner = useRunner();
  const { state, run, busy } = useOperation(lang, text.cancelled);
  const [files, setFiles] = useState<File[]>([]);
  const [registry, setRegistry] = useState<File[]>([]);
  const [previous, setPrevious] = useState<File[]>([]);
  const [states, setStates] = useState<(FileState | undefined)[]>([]);
  const [choice, setChoice] = useState<SchemeChoice>({ scheme: "flags", dueSoonDays: 7 });
  const [slips, setSlips] = useState(true);
  const [outcome, setOutcome] = useState<ConsolidationOutcome | null>(null);

  const chooseFiles = (next: File[]) => {
    setFiles(next);
    setStates([]);
  };
  const merge = () =>
    run(text.actionConsolidate, async (options) => {
      setOutcome(null);
      setStates([]);
      const result = await consolidation
        .consolidate(
          { files, registry, previous, choice: { ...choice, asOf: workbook.asOf, slips } },
          {
            ...options,
            onFile: (index, fileState) =>
              setStates((s) => {
                const next = [...s];
                next[index] = fileState;
                return next;
              }),
          },
        )
        .catch((error: unknown) => {
          // Cancelled, refused or stopped: no file is being read any more.
          setStates((s) => s.map((f) => (f?.state === "reading" ? undefined : f)));
          throw error;
        });
      setOutcome(result);
      // The new sheets are among the ones the other panels offer.
      await workbook.refresh().catch(() => undefined);
      const skipped = result.submission.files.filter((f) => f.problem).length;
      const names = `“${quotedList(lang, result.sheets)}”`;
      return {
        message: format(text.consolidated, {
          files: counted(lang, result.submission.files.length - skipped, "file", "files"),
          sheets: names,
        }),
        notes: [
          ...(skipped > 0
            ? [format(text.consolidatedSkipped, { count: counted(lang, skipped, "file", "files") })]
            : []),
          ...result.notes.map((n) => n[lang]),
        ],
      };
    });
  const show = (sheet: string) => {
    // Going to a sheet is not an operation to wait for: it never writes.
    void consolidation.showSheet(sheet).catch(() => undefined);
  };

  return (
    <div className={styles.panel}>
      <Body1 className={styles.caption}>{text.consolidateIntro}</Body1>
      <PanelPicker
        label={text.consolidateFilesLabel}
        multiple
        files={files}
        onChange={chooseFiles}
        disabled={busy}
        text={text}
        states={states}
        lang={lang}
      />
      <PanelPicker
        label={text.registryLabel}
        multiple={false}
        files={registry}
        onChange={setRegistry}
        disabled={busy}
        text={text}
        lang={lang}
      />
      <PanelPicker
        label={text.previousLabel}
        multiple
        files={previous}
        onChange={setPrevious}
        disabled={busy}
        text={text}
        lang={lang}
      />
      <SummaryChoiceFields
        value={choice}
        onChange={setChoice}
        slips={slips}
        onSlips={setSlips}
        text={text}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || files.length === 0}
          onClick={() => void merge()}
        >
          {text.consolidate}
        </Button>
        {state.busy && (
          <Button
            disabled={runner.running?.cancelling === true || runner.running?.cancellable === false}
            onClick={runner.cancel}
          >
            {text.cancel}
          </Button>
        )}
      </div>
      <OperationStatus state={state} text={text} />
      {outcome && <ConsolidationResult outcome={outcome} text={text} lang={lang} onShow={show} />}
    </div>
  );
}

function ConsolidationResult(props: {
  outcome: ConsolidationOutcome;
  text: Strings;
  lang: Lang;
  onShow(sheet: string): void;
}) {
  const { outcome, text, lang } = props;
  const styles = usePanelStyles();
  const { submission } = outcome;
  const list = (names: readonly string[]) => names.join(lang === "zh" ? "、" : ", ");
  const offices = [...new Set(submission.files.flatMap((f) => f.offices))];
  const findings: string[] = [];
  for (const f of submission.files) {
    if (f.problem)
      findings.push(format(text.unreadableFile, { file: f.file, reason: f.problem[lang] }));
    // A pair of same files is told once, by the copy: the later file, which is not counted.
    if (f.copyOf !== undefined)
      findings.push(format(text.countedOnce, { file: f.file, original: f.copyOf }));
    if (f.sameAsPrevious.length > 0)
      findings.push(
        format(text.samePrevious, { file: f.file, others: quotedList(lang, f.sameAsPrevious) }),
      );
  }
  const missing = submission.missing;
  return (
    <>
      <section aria-label={text.resultTitle}>
        <h2 className={styles.heading}>{text.resultTitle}</h2>
        <ul className={styles.list}>
          <li>
            {offices.length === 0
              ? text.officesNone
              : format(text.officesSent, {
                  count: figure(offices.length),
                  offices: list(offices),
                })}
          </li>
          <li>
            {missing === null
              ? text.noRegistry
              : missing.length === 0
                ? text.officesAllSent
                : format(text.officesMissing, {
                    count: figure(missing.length),
                    offices: list(missing),
                  })}
          </li>
          {findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
          <li>
            {outcome.repeats.length === 0
              ? text.repeatsNone
              : format(text.repeatsCount, {
                  count: counted(lang, outcome.repeats.length, "repeated key", "repeated keys"),
                })}
          </li>
        </ul>
      </section>
      {outcome.merged.length > 0 && (
        <section aria-label={text.mergedTitle}>
          <h2 className={styles.heading}>{text.mergedTitle}</h2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{text.mergedKind}</th>
                <th scope="col">{text.mergedSheet}</th>
                <th scope="col">{text.mergedRows}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.merged.map((m) => (
                <tr key={m.sheet}>
                  <td>{kindName(m.kind, lang)}</td>
                  <td>
                    <Link as="button" onClick={() => props.onShow(m.sheet)}>
                      {m.sheet}
                    </Link>
                  </td>
                  <td>{figure(m.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-label={text.writtenTitle}>
        <h2 className={styles.heading}>{text.writtenTitle}</h2>
        <ul className={styles.list}>
          {outcome.sheets.map((sheet) => (
            <li key={sheet}>
              <Link as="button" onClick={() => props.onShow(sheet)}>
                {sheet}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
