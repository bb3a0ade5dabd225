import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
  },
  asOf: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  date: { width: "132px" },
});

export interface HeaderProps {
  text: Strings;
  /** The workbook's as-of date (YYYY-MM-DD); absent outside Excel. */
  asOf?: string;
  today?: string;
  onAsOf?(date: string): void;
}

/** One line: the name, and the as-of date every panel and the ribbon count from. */
export function Header({ text, asOf, today, onAsOf }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{text.appName}</h1>
      {asOf !== undefined && onAsOf && (
        <div className={styles.asOf}>
          <label className={styles.label} htmlFor="taizhang-as-of" title={text.asOfHint}>
            {text.asOfLabel}
          </label>
          <Input
            id="taizhang-as-of"
            className={styles.date}
            size="small"
            type="date"
            title={text.asOfHint}
            value={asOf}
            onChange={(_, d) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) onAsOf(d.value);
            }}
          />
          {today !== undefined && asOf !== today && (
            <Button size="small" appearance="transparent" onClick={() => onAsOf(today)}>
              {text.asOfToday}
            </Button>
          )}
        </div>
      )}
    </header>
  );
}
