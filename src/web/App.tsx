import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { describeError } from "../app/errorText";
import { langTag, type Lang } from "../core/model";
import { FileCard } from "./FileCard";
import { format, webStrings } from "./strings";
import { FileError, type FileClient, type RemoteFile } from "./worker/fileClient";

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
});

/** Where the page keeps the reader's choice of language (this browser only). */
export const LANG_KEY = "taizhang-web-lang";

interface OpenFile {
  key: number;
  name: string;
  file?: RemoteFile;
  error?: string;
}

export interface AppProps {
  client: FileClient;
  initialLang: Lang;
}

/**
 * The browser page: files opened from the file input or dropped on the page, each worked on in
 * its own card. The files are read in the worker and never leave the page.
 */
export function App({ client, initialLang }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [files, setFiles] = useState<OpenFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(1);
  const text = webStrings[lang];

  const open = (list: FileList | null) => {
    for (const f of Array.from(list ?? [])) {
      const key = nextKey.current++;
      setFiles((now) => [...now, { key, name: f.name }]);
      const settle = (change: Partial<OpenFile>) =>
        setFiles((now) => now.map((x) => (x.key === key ? { ...x, ...change } : x)));
      void f
        .arrayBuffer()
        .then((bytes) => client.open(f.name, bytes, lang))
        .then(
          (file) => settle({ file }),
          (error: unknown) =>
            settle({
              error:
                error instanceof FileError && error.text
                  ? error.text[lang]
                  : describeError(error, lang).message,
            }),
        );
    }
  };

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
          accept=".xlsx,.xlsm,.csv,.txt"
          aria-label={text.choose}
          onChange={(e) => {
            open(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <Text>{dragging ? text.dropActive : text.drop}</Text>
        <Text className={styles.caption}>{text.privacy}</Text>
      </div>
      {files.map((f) =>
        f.file ? (
          <FileCard
            key={f.key}
            name={f.name}
            file={f.file}
            lang={lang}
            text={text}
            onClose={() => close(f.key)}
          />
        ) : f.error ? (
          <MessageBar key={f.key} intent="error" layout="multiline">
            <MessageBarBody>
              <div role="alert">
                {f.name}：{f.error}
              </div>
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Spinner key={f.key} size="small" label={format(text.opening, { file: f.name })} />
        ),
      )}
    </main>
  );
}
