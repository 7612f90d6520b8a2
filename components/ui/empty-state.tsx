/** Shown instead of a table or chart that has no rows. */
export function EmptyState({ message }: { message: string }) {
  return <p className="empty">{message}</p>;
}
