import { Body1, Button, Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { useOperation } from "../components/useOperation";
import { format, type Lang, type Strings } from "../i18n";
import type { BoundLedger, LedgerOperations } from "../../app/operations";
import { KIND_OPTIONS } from "../../app/kinds";
import type { Recognition } from "../../app/recognition";

export interface RecognisePanelProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  /** Called after a binding was saved (the pane re-watches the bound ledgers). */
  onBound(): void;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** 台账识别: pick a sheet, see how it reads as a ledger, correct the kind, save it as a binding. */
export function RecognisePanel({ ops, text, lang, onBound }: RecognisePanelProps) {
  const styles = usePanelStyles();
  const { state, run } = useOperation(lang);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [kind, setKind] = useState("");
  const [bound, setBound] = useState<BoundLedger[]>([]);
  const [recognition, setRecognition] = useState<Recognition | null>(null);

  const refresh = async () => {
    const list = await ops.listSheets();
    setSheets(list.sheets);
    setSheet((current) =>
      current !== "" && list.sheets.includes(current) ? current : list.active,
    );
    setBound(list.bound);
  };
  useEffect(() => {
    void run(async () => {
      await refresh();
      return null;
    });
    // Once, when the panel opens.
  }, []);

  const recognise = (chosenKind: string) =>
    run(async () => {
      const result = await ops.recognise(sheet, chosenKind === "" ? undefined : chosenKind);
      setRecognition(result);
      return null;
    });

  const save = () =>
    run(async () => {
      if (!recognition) return null;
      const saved = await ops.bind(recognition.sheet, recognition.kind);
      setRecognition(saved);
      await refresh();
      onBound();
      return { message: format(text.bindingSaved, { sheet: saved.sheet, kind: saved.kindTitle }) };
    });

  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <Field label={text.sheetLabel} className={styles.grow}>
          <Select
            value={sheet}
            // Sheets may have been added or renamed since the list was read.
            onFocus={() => void refresh().catch(() => undefined)}
            onChange={(_, d) => {
              setSheet(d.value);
              setRecognition(null);
            }}
          >
            {sheets.map((name) => (
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
              if (recognition) void recognise(d.value);
            }}
          >
            <option value="">{text.kindAuto}</option>
            {KIND_OPTIONS.map((o) => (
              <option key={o.kind} value={o.kind}>
                {o.title}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy || sheet === ""}
          onClick={() => void recognise(kind)}
        >
          {text.recognise}
        </Button>
        <Button disabled={state.busy || !recognition} onClick={() => void save()}>
          {text.saveBinding}
        </Button>
      </div>
      <OperationStatus state={state} text={text} />
      {recognition && <RecognitionView recognition={recognition} text={text} />}
      <section aria-label={text.boundTitle}>
        <h2 className={styles.heading}>{text.boundTitle}</h2>
        {bound.length === 0 ? (
          <Body1 className={styles.caption}>{text.noneBound}</Body1>
        ) : (
          <ul className={styles.list}>
            {bound.map((b) => (
              <li key={b.sheet}>
                {b.sheet}：{b.kindTitle}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RecognitionView({ recognition: r, text }: { recognition: Recognition; text: Strings }) {
  const styles = usePanelStyles();
  return (
    <section aria-label={text.columnsTitle}>
      <Body1 as="p">
        {format(text.recognised, {
          kind: r.kindTitle,
          confidence: percent(r.kindConfidence),
          rows: r.headerRows.join("、"),
          count: String(r.dataRows),
        })}
      </Body1>
      {r.missingFields.length > 0 && (
        <Body1 as="p" role="note">
          {format(text.missingFields, { fields: r.missingFields.join("、") })}
        </Body1>
      )}
      <table className={styles.table}>
        <caption className={styles.caption}>{text.columnsTitle}</caption>
        <thead>
          <tr>
            <th>{text.columnHeader}</th>
            <th>{text.labelHeader}</th>
            <th>{text.fieldHeader}</th>
            <th>{text.confidenceHeader}</th>
          </tr>
        </thead>
        <tbody>
          {r.columns.map((c) => (
            <tr key={c.letter}>
              <td>{c.letter}</td>
              <td>{c.label}</td>
              <td>{c.fieldTitle}</td>
              <td>{percent(c.confidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.unmapped.length > 0 && (
        <Body1 as="p" className={styles.caption}>
          {format(text.unmappedTitle, {
            columns: r.unmapped.map((u) => `${u.letter}（${u.label}）`).join("、"),
          })}
        </Body1>
      )}
    </section>
  );
}
