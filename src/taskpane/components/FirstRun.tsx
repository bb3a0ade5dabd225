import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  empty: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
});

/** What to do first, in three lines, and a template for a workbook that has no ledger yet. */
export function FirstRun({ text, onTemplate }: { text: Strings; onTemplate?: () => void }) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={text.firstRunTitle}>
      <h2 className={styles.title}>{text.firstRunTitle}</h2>
      <ol className={styles.steps}>
        <li>{text.firstRunStep1}</li>
        <li>{text.firstRunStep2}</li>
        <li>{text.firstRunStep3}</li>
      </ol>
      <div className={styles.empty}>
        <span>{text.firstRunEmpty}</span>
        <Button size="small" disabled={!onTemplate} onClick={onTemplate}>
          {text.firstRunTemplate}
        </Button>
      </div>
    </section>
  );
}
