import { Body1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { CapabilityStatus } from "./components/CapabilityStatus";
import { Header } from "./components/Header";
import type { TaskpaneHost } from "./host";
import { strings } from "./i18n";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  host: TaskpaneHost;
}

/** The task pane shell: title, what Taizhang does, and whether this Excel can run it. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const text = strings[host.locale];
  const report = useMemo(() => (host.inExcel ? host.checkCapabilities() : null), [host]);
  return (
    <main className={styles.shell} lang={host.locale}>
      <Header title={text.appName} tagline={text.tagline} />
      <Body1 as="p">{text.description}</Body1>
      {report ? (
        <section aria-label={text.capabilitiesTitle}>
          <CapabilityStatus report={report} strings={text} locale={host.locale} />
        </section>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.outsideExcel}</MessageBarBody>
        </MessageBar>
      )}
      {report?.canRun !== false && <Body1 as="p">{text.comingSoon}</Body1>}
    </main>
  );
}
