import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { OperationState } from "./useOperation";

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  pre: {
    whiteSpace: "pre-wrap",
    wordBreak: "break-all",
    fontSize: tokens.fontSizeBase100,
    margin: 0,
  },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface OperationStatusProps {
  state: OperationState;
  text: Strings;
}

/**
 * How the panel's last action ended: success, a warning (the write's notes), cancelled, or
 * the failure with its details behind a disclosure. Progress is shown by the pane's bar.
 */
export function OperationStatus({ state, text }: OperationStatusProps) {
  const styles = useStyles();
  if (state.error)
    return (
      <MessageBar intent="error" layout="multiline" data-intent="error">
        <MessageBarBody>
          <div role="alert">{state.error.message}</div>
          {state.error.details !== "" && (
            <details className={styles.details}>
              <summary>{text.showDetails}</summary>
              <pre className={styles.pre}>{state.error.details}</pre>
            </details>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  if (state.success === null) return null;
  return (
    <MessageBar intent={state.intent} layout="multiline" data-intent={state.intent}>
      <MessageBarBody>
        <div role="status">{state.success}</div>
        {state.notes.length > 0 && (
          <>
            <MessageBarTitle>{text.notesTitle}</MessageBarTitle>
            <ul className={styles.notes}>
              {state.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
