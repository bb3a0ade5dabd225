import { Body1, Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { FirstRun } from "../components/FirstRun";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { useOperation } from "../components/useOperation";
import type { WorkbookView } from "../components/workbook";
import { counted, format, type Lang, type Strings } from "../i18n";
import type { LedgerOperations } from "../../app/operations";
import { KIND_OPTIONS, kindName } from "../../app/kinds";
import type { Recognition } from "../../app/recognition";
import type { UserColumn } from "../../core/read";
import { BoundLedgers } from "./BoundLedgers";
import { ColumnFields } from "../../ui/ColumnFields";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    "& p": { margin: 0 },
  },
  kind: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  low: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface RecognisePanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  workbook: WorkbookView;
  /** Called after a ledger was registered or unregistered (the pane re-watches the ledgers). */
  onBound(): void;
  onTemplates(): void;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** A User Timing mark: the first panel shows the workbook's sheets and takes clicks. */
export const INTERACTIVE_MARK = "taizhang:interactive";

/**
 * 台账识别: pick a sheet, see how it reads as a ledger, correct its type and what each column
 * holds, register it; unregister a ledger or remove its flags.
 */
export function RecognisePanel(props: RecognisePanelProps) {
  const { ops, text, lang, workbook } = props;
  const styles = usePanelStyles();
  const own = useStyles();
  const { state, run, busy } = useOperation(lang, text.cancelled);
  const [kind, setKind] = useState("");
  const [columns, setColumns] = useState<UserColumn[]>([]);
  const [recognition, setRecognition] = useState<Recognition | null>(null);
  const sheet = workbook.chosen;
  const ready = workbook.overview !== null;
  useEffect(() => {
    // The pane is usable from here: the bench and the browser tests time the start to this mark.
    if (ready && performance.getEntriesByName(INTERACTIVE_MARK).length === 0)
      performance.mark(INTERACTIVE_MARK);
  }, [ready]);

  const recognise = (choice: { kind: string; columns: UserColumn[] }) =>
    run(text.actionRecognise, async (options) => {
      const result = await ops.recognise(
        sheet,
        { ...(choice.kind === "" ? {} : { kind: choice.kind }), columns: choice.columns },
        options,
      );
      setRecognition(result);
      return null;
    });

  const assign = (column: UserColumn) => {
    const next = [...columns.filter((c) => c.column !== column.column), column];
    setColumns(next);
    void recognise({ kind: recognition?.kind ?? kind, columns: next });
  };

  const bind = () =>
    run(text.actionBind, async (options) => {
      if (!recognition) return null;
      const saved = await ops.bind(recognition.sheet, { kind: recognition.kind, columns }, options);
      setRecognition(saved);
      await workbook.refresh();
      props.onBound();
      return {
        message: format(text.bound, { sheet: saved.sheet, kind: kindName(saved.kind, lang) }),
      };
    });

  const bound = workbook.overview?.bound ?? [];
  const registered = recognition !== null && bound.some((b) => b.sheet === recognition.sheet);
  return (
    <div className={styles.panel} data-ready={ready ? "true" : undefined}>
      {/* What to do first, until a ledger is registered; kept while the sheet read is no
          ledger, where a template may be what the clerk needs. */}
      {bound.length === 0 && (recognition === null || !recognition.isLedger) && (
        <FirstRun text={text} onTemplate={props.onTemplates} />
      )}
      <div className={styles.row}>
        <Field label={text.sheetLabel} className={styles.grow}>
          <Select
            value={sheet}
            // Sheets may have been added or renamed since the list was read.
            onFocus={() => void workbook.refresh().catch(() => undefined)}
            onChange={(_, d) => {
              workbook.choose(d.value);
              setRecognition(null);
              setColumns([]);
            }}
          >
            {(workbook.overview?.sheets ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text.kindLabel} className={styles.grow}>
          <Select
            value={kind}
            onChange={(_, d) => {
              setKind(d.value);
              setColumns([]);
              if (recognition) void recognise({ kind: d.value, columns: [] });
            }}
          >
            <option value="">{text.kindAuto}</option>
            {KIND_OPTIONS.map((o) => (
              <option key={o.kind} value={o.kind}>
                {kindName(o.kind, lang)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || sheet === ""}
          onClick={() => void recognise({ kind, columns })}
        >
          {text.recognise}
        </Button>
        <Button
          disabled={busy || !recognition || !recognition.isLedger || recognition.dataRows === 0}
          onClick={() => void bind()}
        >
          {registered && columns.length > 0 ? text.rebind : text.bind}
        </Button>
      </div>
      <OperationStatus state={state} text={text} />
      {recognition && (
        <section aria-label={text.columnsTitle} className={own.summary}>
          {recognition.isLedger ? (
            <>
              <p className={own.kind}>
                {format(text.recognisedAs, { kind: kindName(recognition.kind, lang) })}
              </p>
              <Body1
                as="p"
                className={recognition.kindConfidence < 0.5 ? own.low : undefined}
                data-testid="certainty"
              >
                {format(text.certainty, {
                  level: levelOf(recognition.kindConfidence, text),
                  percent: percent(recognition.kindConfidence),
                })}
                {recognition.kindConfidence < 0.5 &&
                  `${lang === "zh" ? "。" : ". "}${format(text.lowCertainty, { kind: kindName(recognition.kind, lang) })}`}
              </Body1>
              <Body1 as="p">
                {recognition.dataRows === 0
                  ? text.noDataRows
                  : format(text.headerAt, {
                      rows: recognition.headerRows.join(lang === "zh" ? "、" : ", "),
                      count: counted(lang, recognition.dataRows, "data row", "data rows"),
                    })}
              </Body1>
              {recognition.missingFields.length > 0 && (
                <Body1 as="p" role="note">
                  {format(text.missingFields, {
                    fields: recognition.missingFields.join(lang === "zh" ? "、" : ", "),
                  })}
                </Body1>
              )}
              <ColumnFields
                recognition={recognition}
                text={text}
                disabled={busy}
                onAssign={assign}
              />
            </>
          ) : (
            <Body1 as="p" role="note">
              {text.notALedger}
            </Body1>
          )}
        </section>
      )}
      <BoundLedgers
        ops={ops}
        text={text}
        lang={lang}
        bound={bound}
        onChanged={async () => {
          await workbook.refresh();
          props.onBound();
        }}
      />
    </div>
  );
}

function levelOf(confidence: number, text: Strings): string {
  if (confidence >= 0.8) return text.certaintyHigh;
  if (confidence >= 0.5) return text.certaintyMedium;
  return text.certaintyLow;
}
