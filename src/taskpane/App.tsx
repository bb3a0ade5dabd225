import {
  Body1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState, type ReactNode } from "react";
import { ActivityBar } from "./components/ActivityBar";
import { CapabilityStatus } from "./components/CapabilityStatus";
import { Header } from "./components/Header";
import { RunnerProvider, useRunnerState } from "./components/runner";
import { useWorkbook } from "./components/workbook";
import type { TaskpaneHost } from "./host";
import { langTag } from "../core/model";
import { strings, type Strings } from "./i18n";
import type { LedgerOperations } from "../app/operations";
import { RecognisePanel } from "./panels/RecognisePanel";
import { applyRecheck, type Validation } from "../app/validation";

// The first panel comes with the pane; the others load when first opened (each its own chunk),
// so the pane is ready before their code is even read.
const ValidatePanel = lazy(() =>
  import(/* webpackChunkName: "panel-validate" */ "./panels/ValidatePanel").then((m) => ({
    default: m.ValidatePanel,
  })),
);
const FlagsPanel = lazy(() =>
  import(/* webpackChunkName: "panel-flags" */ "./panels/FlagsPanel").then((m) => ({
    default: m.FlagsPanel,
  })),
);
const SummaryPanel = lazy(() =>
  import(/* webpackChunkName: "panel-summary" */ "./panels/SummaryPanel").then((m) => ({
    default: m.SummaryPanel,
  })),
);
const ConsolidatePanel = lazy(() =>
  import(/* webpackChunkName: "panel-consolidate" */ "./panels/ConsolidatePanel").then((m) => ({
    default: m.ConsolidatePanel,
  })),
);
const TemplatesPanel = lazy(() =>
  import(/* webpackChunkName: "panel-templates" */ "./panels/TemplatesPanel").then((m) => ({
    default: m.TemplatesPanel,
  })),
);

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // The tabs (and the progress line) stay in reach however long a panel grows.
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalM,
  },
  tabs: { flexWrap: "wrap", columnGap: 0 },
  // Narrow padding: the six English names fit one row at 350 px, even in a font as wide as
  // DejaVu Sans (what Chromium falls back to on a machine without Segoe UI or YaHei).
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
});

export interface AppProps {
  host: TaskpaneHost;
}

type PanelId = "recognise" | "validate" | "flags" | "summary" | "consolidate" | "templates";
const PANELS: readonly { id: PanelId; label: keyof Strings }[] = [
  { id: "recognise", label: "tabRecognise" },
  { id: "validate", label: "tabValidate" },
  { id: "flags", label: "tabFlags" },
  { id: "summary", label: "tabSummary" },
  { id: "consolidate", label: "tabConsolidate" },
  { id: "templates", label: "tabTemplates" },
];

/** The task pane: a one-line header, what this Excel lacks (if anything), the panels. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const text = strings[host.lang];
  const report = useMemo(() => (host.inExcel ? host.checkCapabilities() : null), [host]);
  const ops = host.operations;
  if (!report || !ops)
    return (
      <main className={styles.shell} lang={langTag(host.lang)}>
        <Header text={text} />
        <Body1 as="p">{text.description}</Body1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.outsideExcel}</MessageBarBody>
        </MessageBar>
      </main>
    );
  if (!report.canRun)
    return (
      <main className={styles.shell} lang={langTag(host.lang)}>
        <Header text={text} />
        <CapabilityStatus report={report} strings={text} lang={host.lang} />
      </main>
    );
  return (
    <Workspace
      host={host}
      ops={ops}
      banner={<CapabilityStatus report={report} strings={text} lang={host.lang} />}
      noConditionalFormats={report.missing.some((c) => c.id === "conditionalFormats")}
    />
  );
}

function Workspace(props: {
  host: TaskpaneHost;
  ops: LedgerOperations;
  banner: ReactNode;
  noConditionalFormats: boolean;
}) {
  const { host, ops } = props;
  const consolidation = host.consolidation ?? null;
  const styles = useStyles();
  const text = strings[host.lang];
  const lang = host.lang;
  const runner = useRunnerState();
  const today = useMemo(() => host.today(), [host]);
  const workbook = useWorkbook(ops, today, runner);
  const [panel, setPanel] = useState<PanelId>("recognise");
  // Panels are mounted when first opened and kept (hidden) so their figures survive a switch.
  const [opened, setOpened] = useState<ReadonlySet<PanelId>>(new Set(["recognise"]));
  const [validation, setValidation] = useState<Validation | null>(null);
  // Bumped when ledgers are registered or unregistered: the ledgers to watch have changed.
  const [bindingsVersion, setBindingsVersion] = useState(0);

  const open = (id: PanelId) => {
    setPanel(id);
    setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
  };

  // While the pane is open, edits inside a registered ledger re-check it. Nothing to watch (and
  // no request to make while the pane opens) until a ledger is registered.
  const watched = workbook.overview?.bound.map((b) => b.sheet).join("\u0001") ?? "";
  useEffect(() => {
    if (watched === "") return;
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
  }, [ops, watched, bindingsVersion]);

  const changed = async () => {
    await workbook.refresh();
    setBindingsVersion((n) => n + 1);
  };
  const common = { ops, text, lang, workbook };
  return (
    <RunnerProvider value={runner}>
      <main className={styles.shell} lang={langTag(lang)}>
        <Header text={text} asOf={workbook.asOf} today={today} onAsOf={workbook.setAsOf} />
        {props.banner}
        <div className={styles.sticky}>
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={text.tabsLabel}
            selectedValue={panel}
            onTabSelect={(_, d) => open(d.value as PanelId)}
          >
            {PANELS.filter((p) => p.id !== "consolidate" || consolidation).map((p) => (
              <Tab key={p.id} value={p.id} id={`tab-${p.id}`} className={styles.tab}>
                {text[p.label]}
              </Tab>
            ))}
          </TabList>
          {runner.running && (
            <ActivityBar
              running={runner.running}
              text={text}
              lang={lang}
              onCancel={runner.cancel}
            />
          )}
        </div>
        <Panel id="recognise" current={panel} opened={opened}>
          <RecognisePanel
            {...common}
            onBound={() => setBindingsVersion((n) => n + 1)}
            onTemplates={() => open("templates")}
          />
        </Panel>
        <Panel id="validate" current={panel} opened={opened}>
          <ValidatePanel {...common} validation={validation} onValidated={setValidation} />
        </Panel>
        <Panel id="flags" current={panel} opened={opened}>
          <FlagsPanel
            {...common}
            noConditionalFormats={props.noConditionalFormats}
            onFlagged={changed}
          />
        </Panel>
        <Panel id="summary" current={panel} opened={opened}>
          <SummaryPanel {...common} copyText={host.copyText} />
        </Panel>
        {consolidation && (
          <Panel id="consolidate" current={panel} opened={opened}>
            <ConsolidatePanel
              consolidation={consolidation}
              text={text}
              lang={lang}
              workbook={workbook}
            />
          </Panel>
        )}
        <Panel id="templates" current={panel} opened={opened}>
          <TemplatesPanel {...common} />
        </Panel>
      </main>
    </RunnerProvider>
  );
}

function Panel(props: {
  id: PanelId;
  current: PanelId;
  opened: ReadonlySet<PanelId>;
  children: ReactNode;
}) {
  return (
    <div role="tabpanel" aria-labelledby={`tab-${props.id}`} hidden={props.id !== props.current}>
      {props.opened.has(props.id) && (
        <Suspense fallback={<Spinner size="tiny" />}>{props.children}</Suspense>
      )}
    </div>
  );
}
