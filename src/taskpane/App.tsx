import {
  Body1,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { CapabilityStatus } from "./components/CapabilityStatus";
import { Header } from "./components/Header";
import type { TaskpaneHost } from "./host";
import { langTag } from "../core/model";
import { strings, type Strings } from "./i18n";
import type { LedgerOperations } from "../app/operations";
import { FlagsPanel } from "./panels/FlagsPanel";
import { RecognisePanel } from "./panels/RecognisePanel";
import { SummaryPanel } from "./panels/SummaryPanel";
import { TemplatesPanel } from "./panels/TemplatesPanel";
import { ValidatePanel } from "./panels/ValidatePanel";
import { applyRecheck, type Validation } from "../app/validation";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  host: TaskpaneHost;
}

type PanelId = "recognise" | "validate" | "flags" | "summary" | "templates";
const PANELS: readonly { id: PanelId; label: keyof Strings }[] = [
  { id: "recognise", label: "tabRecognise" },
  { id: "validate", label: "tabValidate" },
  { id: "flags", label: "tabFlags" },
  { id: "summary", label: "tabSummary" },
  { id: "templates", label: "tabTemplates" },
];

/** The task pane: title, whether this Excel can run Taizhang, and the five working panels. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const text = strings[host.lang];
  const report = useMemo(() => (host.inExcel ? host.checkCapabilities() : null), [host]);
  const ops = host.operations;
  return (
    <main className={styles.shell} lang={langTag(host.lang)}>
      <Header title={text.appName} tagline={text.tagline} />
      {report ? (
        <section aria-label={text.capabilitiesTitle}>
          <CapabilityStatus report={report} strings={text} lang={host.lang} />
        </section>
      ) : (
        <>
          <Body1 as="p">{text.description}</Body1>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{text.outsideExcel}</MessageBarBody>
          </MessageBar>
        </>
      )}
      {report?.canRun && ops && (
        <Workspace
          host={host}
          ops={ops}
          noConditionalFormats={report.missing.some((c) => c.id === "conditionalFormats")}
        />
      )}
    </main>
  );
}

function Workspace(props: {
  host: TaskpaneHost;
  ops: LedgerOperations;
  noConditionalFormats: boolean;
}) {
  const { host, ops } = props;
  const styles = useStyles();
  const text = strings[host.lang];
  const [panel, setPanel] = useState<PanelId>("recognise");
  const [validation, setValidation] = useState<Validation | null>(null);
  // Bumped when a binding is saved: the bound ledgers to watch have changed.
  const [bindingsVersion, setBindingsVersion] = useState(0);
  const today = useMemo(() => host.today(), [host]);

  // While the pane is open, edits inside a bound ledger re-check the edited rows.
  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    ops
      .watchEdits((update) => setValidation((v) => (v ? applyRecheck(v, update) : v)))
      .then((s) => {
        if (cancelled) void s().catch(() => undefined);
        else stop = s;
      })
      // Without events (older Excel) the list just waits for the next 校验.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      void stop?.().catch(() => undefined);
    };
  }, [ops, bindingsVersion]);

  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={panel}
        onTabSelect={(_, d) => setPanel(d.value as PanelId)}
      >
        {PANELS.map((p) => (
          <Tab key={p.id} value={p.id} id={`tab-${p.id}`}>
            {text[p.label]}
          </Tab>
        ))}
      </TabList>
      {/* Every panel stays mounted (hidden when not chosen) so its figures and choices survive
          a switch of tabs. */}
      <Panel id="recognise" current={panel}>
        <RecognisePanel
          ops={ops}
          text={text}
          lang={host.lang}
          onBound={() => setBindingsVersion((n) => n + 1)}
        />
      </Panel>
      <Panel id="validate" current={panel}>
        <ValidatePanel
          ops={ops}
          text={text}
          lang={host.lang}
          validation={validation}
          onValidated={setValidation}
        />
      </Panel>
      <Panel id="flags" current={panel}>
        <FlagsPanel
          ops={ops}
          text={text}
          lang={host.lang}
          today={today}
          noConditionalFormats={props.noConditionalFormats}
        />
      </Panel>
      <Panel id="summary" current={panel}>
        <SummaryPanel
          ops={ops}
          text={text}
          lang={host.lang}
          today={today}
          copyText={host.copyText}
        />
      </Panel>
      <Panel id="templates" current={panel}>
        <TemplatesPanel ops={ops} text={text} lang={host.lang} />
      </Panel>
    </>
  );
}

function Panel(props: { id: PanelId; current: PanelId; children: ReactNode }) {
  return (
    <div role="tabpanel" aria-labelledby={`tab-${props.id}`} hidden={props.id !== props.current}>
      {props.children}
    </div>
  );
}
