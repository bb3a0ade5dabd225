import { Caption1 } from "@fluentui/react-components";
import { counted, format, quotedList, type Lang, type Strings } from "../i18n";
import type { WorkbookView } from "./workbook";

/** Which sheets the panel's action will use, said before the user clicks. */
export function TargetLine({
  workbook,
  text,
  lang,
}: {
  workbook: WorkbookView;
  text: Strings;
  lang: Lang;
}) {
  const bound = workbook.overview?.bound ?? [];
  const line =
    bound.length > 0
      ? format(text.targetBound, {
          count: counted(lang, bound.length, "ledger", "ledgers"),
          sheets: `“${quotedList(
            lang,
            bound.map((b) => b.sheet),
          )}”`,
        })
      : workbook.chosen === ""
        ? ""
        : format(text.targetChosen, { sheet: workbook.chosen });
  if (line === "") return null;
  return (
    <Caption1 as="p" data-testid="target">
      {line}
    </Caption1>
  );
}
