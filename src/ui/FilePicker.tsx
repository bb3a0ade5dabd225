import { Button, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../core/model";
import { counted } from "../core/text/counted";
import { fillTemplate } from "../core/text/fillTemplate";

// Shared by the task pane's 合并报送 and the browser page's 合并各院台账: a file input behind a
// button, the files chosen so far listed under it, and a button that clears them.

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  files: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  none: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  skipped: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** What a pick left out, for the picker to tell the user (each front end words it). */
export interface PickNotice {
  /** Nothing picked could be read: the files chosen before stay as they were. */
  empty: boolean;
  /** Picked as a folder; its name where the browser gives one (not for an empty folder). */
  folder?: { name?: string };
  /** Files left out as not spreadsheets (Office's ~$ lock files and hidden files not counted). */
  skipped: number;
}

export interface FilePickerProps {
  label: string;
  /** The button's text. */
  choose: string;
  clear: string;
  /** Said when no file is chosen. */
  none: string;
  /** The file types offered (the input's `accept`). */
  accept: string;
  multiple: boolean;
  files: readonly File[];
  /** Files chosen are added to those already there (one replaces it where `multiple` is off). */
  onChange(files: File[]): void;
  disabled: boolean;
  /** Accessible names where a page shows several pickers with the same button text. */
  inputLabel?: string;
  clearLabel?: string;
  /** Shown after a file's name (its state in the last run). */
  note?(file: File, index: number): ReactNode;
  /**
   * A second button that takes a whole folder (and its subfolders): the files in it whose
   * names end in one of `extensions` are added; Office's lock files (~$…) and hidden ones not.
   */
  folder?: { choose: string; extensions: readonly string[]; inputLabel?: string };
  /**
   * Said at the picker when a pick (files or a folder) held no file it takes, or some files
   * were left out as not spreadsheets. The files it takes are those of `accept`'s extensions.
   */
  explain(notice: PickNotice): string;
}

/** The texts a front end gives for a pick's notice (both keep them under these keys). */
export interface PickTexts {
  /** {folder}: the folder's name. */
  pickEmptyFolderNamed: string;
  pickEmptyFolder: string;
  pickEmptyFiles: string;
  /** {count}: the files left out. */
  pickSkipped: string;
}

/** A pick's notice in words: what held nothing readable, then how many files were left out. */
export function explainPick(notice: PickNotice, lang: Lang, text: PickTexts): string {
  const parts: string[] = [];
  if (notice.empty)
    parts.push(
      notice.folder?.name !== undefined
        ? fillTemplate(text.pickEmptyFolderNamed, { folder: notice.folder.name })
        : notice.folder
          ? text.pickEmptyFolder
          : text.pickEmptyFiles,
    );
  if (notice.skipped > 0)
    parts.push(
      fillTemplate(text.pickSkipped, { count: counted(lang, notice.skipped, "file", "files") }),
    );
  return parts.join(lang === "zh" ? "" : " ");
}

/** Office's lock files (~$…) and hidden ones (.DS_Store): never taken, never counted. */
const unseen = (name: string) => name.startsWith("~$") || name.startsWith(".");

/** The files of a folder worth taking: the extensions asked for, no lock or hidden files. */
export function folderFiles(chosen: readonly File[], extensions: readonly string[]): File[] {
  return chosen.filter((file) => {
    const name = file.name.toLowerCase();
    if (unseen(name)) return false;
    return extensions.some((ext) => name.endsWith(ext.toLowerCase()));
  });
}

/** The extensions of an input's `accept` (".xlsx,.csv"); MIME types in it are not used. */
export function acceptExtensions(accept: string): string[] {
  return accept
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.startsWith("."));
}

/**
 * A pick sorted: the files taken, and what to tell the user, or null when there is nothing to
 * say. `folder` when it came from the folder button (the name is the first part of a file's
 * `webkitRelativePath`, so an empty folder has none).
 */
export function sortPick(
  chosen: readonly File[],
  extensions: readonly string[],
  asFolder: boolean,
): { taken: File[]; notice: PickNotice | null } {
  const taken = folderFiles(chosen, extensions);
  const kept = new Set(taken);
  const skipped = chosen.filter((f) => !unseen(f.name) && !kept.has(f)).length;
  const empty = taken.length === 0;
  if (!empty && skipped === 0) return { taken, notice: null };
  const name = chosen.map((f) => f.webkitRelativePath?.split("/")[0] ?? "").find((n) => n !== "");
  return {
    taken,
    notice: { empty, skipped, ...(asFolder && { folder: name === undefined ? {} : { name } }) },
  };
}

/** Browsers' attribute for choosing a folder (non-standard, in every current browser). */
const FOLDER_INPUT = { webkitdirectory: "", directory: "" } as Record<string, string>;

export function FilePicker(props: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const { files, folder } = props;
  const [notice, setNotice] = useState<PickNotice | null>(null);
  /** A pick taken: the files it holds that the picker takes added, and what it left out said. */
  const take = (chosen: File[], asFolder: boolean) => {
    const extensions = asFolder && folder ? folder.extensions : acceptExtensions(props.accept);
    const picked = sortPick(chosen, extensions, asFolder);
    setNotice(picked.notice);
    if (picked.taken.length > 0)
      props.onChange(props.multiple ? [...files, ...picked.taken] : picked.taken.slice(0, 1));
  };
  return (
    <div className={styles.picker} role="group" aria-labelledby={labelId}>
      <Label id={labelId}>{props.label}</Label>
      <input
        ref={input}
        type="file"
        hidden
        accept={props.accept}
        multiple={props.multiple}
        aria-label={props.inputLabel}
        onChange={(event) => {
          const chosen = [...(event.currentTarget.files ?? [])];
          // Cleared, so the same file can be chosen again after it was edited.
          event.currentTarget.value = "";
          // Nothing chosen is a dialog closed (browsers that still send it): nothing to say.
          if (chosen.length > 0) take(chosen, false);
        }}
      />
      {folder && (
        <input
          ref={folderInput}
          type="file"
          hidden
          multiple
          {...FOLDER_INPUT}
          aria-label={folder.inputLabel ?? folder.choose}
          onChange={(event) => {
            const chosen = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = "";
            // An empty folder arrives as no file (a closed dialog sends `cancel`, not `change`).
            take(chosen, true);
          }}
        />
      )}
      <div className={styles.row}>
        <Button size="small" disabled={props.disabled} onClick={() => input.current?.click()}>
          {props.choose}
        </Button>
        {folder && (
          <Button
            size="small"
            disabled={props.disabled}
            onClick={() => folderInput.current?.click()}
          >
            {folder.choose}
          </Button>
        )}
        {files.length > 0 && (
          <Button
            size="small"
            appearance="subtle"
            disabled={props.disabled}
            aria-label={props.clearLabel}
            onClick={() => {
              setNotice(null);
              props.onChange([]);
            }}
          >
            {props.clear}
          </Button>
        )}
      </div>
      {notice && (
        <span
          role={notice.empty ? "alert" : "status"}
          className={notice.empty ? styles.empty : styles.skipped}
        >
          {props.explain(notice)}
        </span>
      )}
      {files.length === 0 ? (
        <span className={styles.none}>{props.none}</span>
      ) : (
        <ul className={styles.files}>
          {files.map((file, i) => (
            <li key={`${i}:${file.name}`}>
              {file.name}
              {props.note?.(file, i)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
