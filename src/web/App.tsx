import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { describeError } from "../app/errorText";
import { isCancelled } from "../app/progress";
import { langTag, type Lang } from "../core/model";
import { acceptExtensions, sortPick } from "../ui/FilePicker";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { FileCard } from "./FileCard";
import { counted, format, webStrings } from "./strings";
import { FileError, type FileClient, type RemoteFile } from "./worker/fileClient";
import type { SheetChoice } from "./worker/protocol";

const useStyles = makeStyles({
  page: {
    maxWidth: "1100px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "start", gap: "12px" },
  title: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, maxWidth: "60em" },
  drop: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
    padding: tokens.spacingVerticalXL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  opening: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  notice: { color: tokens.colorPaletteRedForeground1, flexBasis: "100%" },
});

/** The files the page opens (the input's `accept`); others still get a card saying why not. */
const ACCEPT = ".xlsx,.xlsm,.csv,.txt";

/** Where the page keeps the reader's choice of language (this browser only). */
export const LANG_KEY = "taizhang-web-lang";

/**
 * A file the user chose. The page keeps the File itself (a handle, not its bytes) for as long
 * as it is on the page: after a cancel or a failure of the worker it is read again from there.
 */
interface OpenFile {
  key: number;
  name: string;
  source: Blob;
  file?: RemoteFile;
  error?: string;
  /** Reading it was cancelled: it stays on the page, to be read again. */
  cancelled?: boolean;
  /** What the user corrected in it (kind, columns): consolidation reads it so too. */
  choices?: SheetChoice[];
}

export interface AppProps {
  /** Where the files are opened and worked on. */
  client: FileClient;
  /** Where consolidation runs: its own worker, so cancelling it leaves the open files alone. */
  merger: FileClient;
  initialLang: Lang;
}

/**
 * The browser page: files opened from the file input or dropped on the page, each worked on in
 * its own card. The files are read in the worker and never leave the page.
 */
export function App({ client, merger, initialLang }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [files, setFiles] = useState<OpenFile[]>([]);
  const [dragging, setDragging] = useState(false);
  /** The last pick held only files that are no spreadsheet: how many (said once for them all). */
  const [noSpreadsheet, setNoSpreadsheet] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(1);
  const text = webStrings[lang];

  const read = (key: number, name: string, source: Blob) => {
    const settle = (change: Partial<OpenFile>) =>
      setFiles((now) => now.map((x) => (x.key === key ? { ...x, ...change } : x)));
    settle({ cancelled: false });
    void client
      .open(name, () => source.arrayBuffer(), lang)
      .then(
        (file) => settle({ file }),
        (error: unknown) =>
          settle(
            isCancelled(error)
              ? { cancelled: true }
              : {
                  error:
                    error instanceof FileError && error.text
                      ? error.text[lang]
                      : describeError(error, lang).message,
                },
          ),
      );
  };

  const open = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    // Sorted as the other pickers sort a pick (lock and hidden files not counted); each file
    // still gets its card with its own reason, and a pick of nothing else is also said at once.
    const { taken, notice } = sortPick(chosen, acceptExtensions(ACCEPT), false);
    setNoSpreadsheet(taken.length === 0 ? (notice?.skipped ?? 0) : 0);
    for (const f of chosen) {
      const key = nextKey.current++;
      setFiles((now) => [...now, { key, name: f.name, source: f }]);
      read(key, f.name, f);
    }
  };

  const opening = files.filter((f) => !f.file && !f.error && !f.cancelled);

  const close = (key: number) => {
    const closing = files.find((f) => f.key === key);
    void closing?.file?.close();
    setFiles((now) => now.filter((f) => f.key !== key));
  };

  const switchLang = () => {
    const next = lang === "zh" ? "en" : "zh";
    document.documentElement.lang = langTag(next);
    document.title = webStrings[next].title;
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Storage refused (a locked-down profile): the choice lasts for this visit.
    }
    setLang(next);
  };

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{text.title}</h1>
          <p className={styles.intro}>{text.intro}</p>
        </div>
        <Button appearance="subtle" onClick={switchLang} lang={lang === "zh" ? "en" : "zh-CN"}>
          {text.language}
        </Button>
      </header>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        data-testid="drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          open(e.dataTransfer.files);
        }}
      >
        <Button appearance="primary" size="large" onClick={() => input.current?.click()}>
          {text.choose}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept={ACCEPT}
          aria-label={text.choose}
          onChange={(e) => {
            open(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <Text>{dragging ? text.dropActive : text.drop}</Text>
        <Text className={styles.caption}>{text.privacy}</Text>
        {noSpreadsheet > 0 && (
          <Text role="alert" className={styles.notice}>
            {noSpreadsheet === 1
              ? text.pickNoSpreadsheetOne
              : format(text.pickNoSpreadsheet, {
                  count: counted(lang, noSpreadsheet, "file", "files"),
                })}
          </Text>
        )}
      </div>
      {opening.length > 0 && (
        <div className={styles.opening}>
          {opening.map((f) => (
            <Spinner
              key={f.key}
              size="small"
              labelPosition="after"
              label={format(text.opening, { file: f.name })}
            />
          ))}
          <div>
            <Button onClick={() => client.cancel()}>{text.cancelOpening}</Button>
          </div>
        </div>
      )}
      {files.map((f) =>
        f.file ? (
          <FileCard
            key={f.key}
            name={f.name}
            file={f.file}
            lang={lang}
            text={text}
            onClose={() => close(f.key)}
            onCancel={() => client.cancel()}
            onRestart={(listener) => client.onRestart(listener)}
            onChoices={(choices) =>
              setFiles((now) => now.map((x) => (x.key === f.key ? { ...x, choices } : x)))
            }
          />
        ) : f.cancelled ? (
          <MessageBar key={f.key} intent="info" layout="multiline">
            <MessageBarBody>
              <div role="status">{format(text.openCancelled, { file: f.name })}</div>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => read(f.key, f.name, f.source)}>{text.reopen}</Button>
              <Button appearance="subtle" onClick={() => close(f.key)}>
                {text.closeFile}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : f.error ? (
          <MessageBar key={f.key} intent="error" layout="multiline">
            <MessageBarBody>
              <div role="alert">
                {f.name}：{f.error}
              </div>
            </MessageBarBody>
          </MessageBar>
        ) : null,
      )}
      {files.length >= 2 && (
        <ConsolidatePanel
          files={files.map((f) => ({
            name: f.name,
            read: () => f.source.arrayBuffer(),
            ...(f.choices ? { choices: f.choices } : {}),
          }))}
          merger={merger}
          lang={lang}
          text={text}
        />
      )}
    </main>
  );
}
