import Link from "next/link";

type Pill = { value: string; label: string; count: number };

/** Counts per status as links that filter the list through the URL (`?status=`). */
export function StatusFilterPills(props: {
  basePath: string;
  totalLabel: string;
  pills: Pill[];
  selected: string | undefined;
  testId: string;
}) {
  const total = props.pills.reduce((sum, p) => sum + p.count, 0);
  return (
    <div className="status-pills" data-testid={props.testId}>
      <Link
        className="status-pill"
        href={props.basePath}
        aria-current={!props.selected ? "page" : undefined}
      >
        {props.totalLabel} <strong>{total}</strong>
      </Link>
      {props.pills.map((p) => (
        <Link
          key={p.value}
          className="status-pill"
          href={`${props.basePath}?status=${p.value}`}
          aria-current={props.selected === p.value ? "page" : undefined}
        >
          {p.label} <strong>{p.count}</strong>
        </Link>
      ))}
    </div>
  );
}
