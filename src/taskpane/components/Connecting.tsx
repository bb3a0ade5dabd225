import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import { FirstRun } from "./FirstRun";
import { Header } from "./Header";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * The pane's frame while Excel's library is still loading: the header, the tabs, what to do
 * first, and that it is connecting. Drawn with the same components as the pane, so their styles
 * are in place when the pane replaces it.
 */
export function Connecting({ text }: { text: Strings }) {
  const styles = useStyles();
  return (
    <main className={styles.shell} aria-busy="true">
      <Header text={text} />
      <TabList size="small" selectedValue="recognise" disabled>
        <Tab value="recognise">{text.tabRecognise}</Tab>
        <Tab value="validate">{text.tabValidate}</Tab>
        <Tab value="flags">{text.tabFlags}</Tab>
        <Tab value="summary">{text.tabSummary}</Tab>
        <Tab value="templates">{text.tabTemplates}</Tab>
      </TabList>
      <FirstRun text={text} />
      <Spinner size="tiny" label={text.connecting} labelPosition="after" />
    </main>
  );
}
