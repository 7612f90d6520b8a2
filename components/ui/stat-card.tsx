/** One headline number with its label. */
export function StatCard(props: { label: string; value: string; testId?: string }) {
  return (
    <div className="panel stat" data-testid={props.testId}>
      <div className="label">{props.label}</div>
      <div className="value">{props.value}</div>
    </div>
  );
}
