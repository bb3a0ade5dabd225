import { makeStyles, tokens } from "@fluentui/react-components";
import type { Validation } from "../app/validation";
import type { Lang } from "../core/model";
import { ERROR_TYPE_NAMES, type ErrorType } from "../core/validate";
import { counted, figure, format, type WebStrings } from "./strings";

/** How many problems the page lists; the issue report sheet in the download holds them all. */
export const SHOWN_ISSUES = 20;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  where: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalS },
  counts: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** The result of 校验: how many problems, by type, and the first of them with sheet!cell. */
export function IssueList({
  validation,
  lang,
  text,
}: {
  validation: Validation;
  lang: Lang;
  text: WebStrings;
}) {
  const styles = useStyles();
  const total = Object.values(validation.counts).reduce((a, b) => a + (b ?? 0), 0);
  const rows = validation.ledgers.reduce((n, l) => n + l.rows, 0);
  const sheets = counted(lang, validation.ledgers.length, "sheet", "sheets");
  const rowText = counted(lang, rows, "row", "rows");
  const shown = validation.issues.slice(0, SHOWN_ISSUES);
  return (
    <div data-testid="validation">
      <p role="status">
        {total === 0
          ? format(text.validatedClean, { sheets, rows: rowText })
          : format(text.validatedIssues, {
              count: counted(lang, total, "problem", "problems"),
              sheets,
              rows: rowText,
            })}
      </p>
      {total > 0 && (
        <>
          <p className={styles.counts}>
            {(Object.entries(validation.counts) as [ErrorType, number][])
              .map(([type, n]) => `${ERROR_TYPE_NAMES[type][lang]} ${figure(n)}`)
              .join(lang === "zh" ? "；" : "; ")}
          </p>
          {validation.truncated && <p className={styles.counts}>{text.truncated}</p>}
          <p className={styles.counts}>
            {format(text.firstIssues, { count: figure(shown.length) })}
          </p>
          <ol className={styles.list}>
            {shown.map((issue, i) => (
              <li key={i}>
                <span className={styles.where}>
                  {issue.sheet}!{issue.position}
                </span>
                {issue.where[lang]}
                {lang === "zh" ? "：" : ": "}
                {issue.message[lang]}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
