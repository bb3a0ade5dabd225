import { Button, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, type ReactNode } from "react";

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
});

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
}

/** The files of a folder worth taking: the extensions asked for, no lock or hidden files. */
export function folderFiles(chosen: readonly File[], extensions: readonly string[]): File[] {
  return chosen.filter((file) => {
    const name = file.name.toLowerCase();
    if (name.startsWith("~$") || name.startsWith(".")) return false;
    return extensions.some((ext) => name.endsWith(ext.toLowerCase()));
  });
}

/** Browsers' attribute for choosing a folder (non-standard, in every current browser). */
const FOLDER_INPUT = { webkitdirectory: "", directory: "" } as Record<string, string>;

export function FilePicker(props: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const { files, folder } = props;
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
          if (chosen.length > 0) props.onChange(props.multiple ? [...files, ...chosen] : chosen);
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
            const chosen = folderFiles([...(event.currentTarget.files ?? [])], folder.extensions);
            event.currentTarget.value = "";
            if (chosen.length > 0) props.onChange([...files, ...chosen]);
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
            onClick={() => props.onChange([])}
          >
            {props.clear}
          </Button>
        )}
      </div>
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
