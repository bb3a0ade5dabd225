import { makeStyles, tokens } from "@fluentui/react-components";
import type { LegendEntry } from "../../core/plan";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    alignItems: "center",
  },
  chip: {
    display: "inline-block",
    minWidth: "64px",
    textAlign: "center",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The scheme's flags as the column shows them (word on its colour) and what each means. */
export function Legend({ title, entries }: { title: string; entries: readonly LegendEntry[] }) {
  const styles = useStyles();
  return (
    <section aria-label={title}>
      <dl className={styles.list}>
        {entries.map((e) => (
          <div key={e.id} style={{ display: "contents" }}>
            <dt>
              <span className={styles.chip} style={{ backgroundColor: e.fill, color: e.font }}>
                {e.label}
              </span>
            </dt>
            <dd style={{ margin: 0 }}>{e.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
