import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { OperationStatus } from "../components/OperationStatus";
import { usePanelStyles } from "../components/panelStyles";
import { useOperation } from "../components/useOperation";
import { format, quotedList, type Lang, type Strings } from "../i18n";
import type { BoundLedger, LedgerOperations } from "../../app/operations";
import { kindName } from "../../app/kinds";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  name: { flexGrow: 1, minWidth: "120px" },
  kind: { color: tokens.colorNeutralForeground3 },
  confirm: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, width: "100%" },
});

export interface BoundLedgersProps {
  ops: LedgerOperations;
  text: Strings;
  lang: Lang;
  bound: readonly BoundLedger[];
  onChanged(): Promise<void>;
}

/** The registered ledgers, each with 移除标识 (when flagged) and 取消登记 (asked once more). */
export function BoundLedgers({ ops, text, lang, bound, onChanged }: BoundLedgersProps) {
  const styles = usePanelStyles();
  const own = useStyles();
  const { state, run, busy } = useOperation(lang, text.cancelled);
  const [confirming, setConfirming] = useState<string | null>(null);

  const unbind = (sheet: string) =>
    run(text.actionUnbind, async () => {
      setConfirming(null);
      const { clearedColumns } = await ops.unbind(sheet);
      await onChanged();
      return {
        message: format(clearedColumns > 0 ? text.unboundCleared : text.unbound, { sheet }),
      };
    });
  const removeFlags = (sheet: string) =>
    run(text.actionRemoveFlags, async () => {
      const { sheets } = await ops.removeFlags(sheet);
      await onChanged();
      return {
        message:
          sheets.length > 0
            ? format(text.flagsRemoved, { sheets: quotedList(lang, sheets) })
            : text.flagsNoneToRemove,
      };
    });

  return (
    <section aria-label={text.boundTitle}>
      <h2 className={styles.heading}>{text.boundTitle}</h2>
      {bound.length === 0 ? (
        <Body1 as="p" className={styles.caption}>
          {text.noneBound}
        </Body1>
      ) : (
        <ul className={own.list}>
          {bound.map((b) => (
            <li key={b.sheet} className={own.item}>
              <span className={own.name}>
                {b.sheet} <span className={own.kind}>{kindName(b.kind, lang)}</span>
              </span>
              {b.flagged && (
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  onClick={() => void removeFlags(b.sheet)}
                >
                  {text.removeFlags}
                </Button>
              )}
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                onClick={() => setConfirming(b.sheet)}
              >
                {text.unbind}
              </Button>
              {confirming === b.sheet && (
                <div className={own.confirm} role="group" aria-label={text.unbind}>
                  <Body1>{format(text.unbindConfirm, { sheet: b.sheet })}</Body1>
                  <Button size="small" appearance="primary" onClick={() => void unbind(b.sheet)}>
                    {text.unbindYes}
                  </Button>
                  <Button size="small" onClick={() => setConfirming(null)}>
                    {text.unbindNo}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <OperationStatus state={state} text={text} />
    </section>
  );
}
