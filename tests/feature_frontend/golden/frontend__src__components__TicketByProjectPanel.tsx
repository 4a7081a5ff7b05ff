/**
 * The tickets of one project, shown under its row on the
 * projects page (registered in src/pages/projectRelated.ts).
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { ticketsKey, listTickets } from "../api/tickets";
import { ApiError } from "../api/errors";

const SHOWN = 10;

export function TicketByProjectPanel({ parentId }: { parentId: number }) {
  const query = useQuery({
    queryKey: [...ticketsKey, "by-project_id", parentId],
    queryFn: ({ signal }) => listTickets({ project_id: parentId, limit: SHOWN }, signal),
  });
  if (query.isPending) return <p className="muted">Loading…</p>;
  if (query.isError) {
    const message = query.error instanceof ApiError ? query.error.message : "Could not load tickets.";
    return (
      <p className="field__error" role="alert">
        {message}
      </p>
    );
  }
  const rows = query.data.items;
  return (
    <div>
      {rows.length === 0 ? (
        <p className="muted">No tickets yet.</p>
      ) : (
        <ul className="related__list">
          {rows.map((row) => (
            <li key={row.id}>
              {row.title} <span className="muted">#{row.id}</span>
            </li>
          ))}
        </ul>
      )}
      {query.data.next_cursor !== null && <p className="muted">Showing the first {SHOWN}.</p>}
      <Link to="/tickets">All tickets →</Link>
    </div>
  );
}
