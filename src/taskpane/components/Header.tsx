import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface HeaderProps {
  title: string;
  tagline: string;
}

export function Header({ title, tagline }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1">{title}</Title3>
      <Caption1>{tagline}</Caption1>
    </header>
  );
}
