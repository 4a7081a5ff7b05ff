/**
 * Tickets: a keyset-paginated table with filters and sort, empty and error states,
 * create / edit in TicketForm, write controls only for the "editor" role.
 * Rows belong to their creator: the API lists only yours (admins see everyone's).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";

import {
  ticketsKey,
  deleteTicket,
  listTickets,
  processTicket,
  taskStatus,
  type Ticket,
  type TicketQuery,
  type TicketSort,
} from "../api/tickets";
import { useAuth } from "../auth/useAuth";
import { TicketForm, listProjectsOptions } from "../components/TicketForm";
import { RoleGate } from "../components/RoleGate";
import { displayValue } from "../components/crud/fields";
import { ConfirmButton, EmptyState, ListError, Pager, useCursorPages } from "../components/crud/ListParts";
import { ticketRelated } from "./ticketRelated";

const PAGE_SIZE = 20;
const WRITE_ROLES = ["editor"];
const SORTS: readonly { value: TicketSort; label: string }[] = [
  { value: "-id", label: "Newest first" },
  { value: "id", label: "Oldest first" },
  { value: "title", label: "Title ↑" },
  { value: "-title", label: "Title ↓" },
  { value: "views", label: "Views ↑" },
  { value: "-views", label: "Views ↓" },
  { value: "ref_id", label: "Ref id ↑" },
  { value: "-ref_id", label: "Ref id ↓" },
];

type Filters = Partial<Record<"done" | "due_from" | "due_to" | "at_from" | "at_to" | "phase" | "project_id" | "assignee_id", string>>;

function present(value: string | undefined): value is string {
  return value !== undefined && value !== "";
}

function startOf(day: string, end: boolean): string {
  return new Date(`${day}T${end ? "23:59:59" : "00:00:00"}`).toISOString();
}

/** The filter bar's values as typed query parameters (empty controls are left out). */
function toQuery(filters: Filters): Partial<TicketQuery> {
  const query: Partial<TicketQuery> = {};
  if (present(filters.done)) {
    query.done = filters.done === "true";
  }
  if (present(filters.due_from)) {
    query.due_from = filters.due_from;
  }
  if (present(filters.due_to)) {
    query.due_to = filters.due_to;
  }
  if (present(filters.at_from)) {
    query.at_from = startOf(filters.at_from, false);
  }
  if (present(filters.at_to)) {
    query.at_to = startOf(filters.at_to, true);
  }
  if (present(filters.phase)) {
    query.phase = filters.phase as NonNullable<TicketQuery["phase"]>;
  }
  if (present(filters.project_id)) {
    query.project_id = Number(filters.project_id);
  }
  if (present(filters.assignee_id)) {
    query.assignee_id = Number(filters.assignee_id);
  }
  return query;
}

function useProjectsChoices() {
  return useQuery({
    queryKey: ["projects", "options"],
    queryFn: ({ signal }) => listProjectsOptions(signal),
  });
}

/** The state of a queued job, polled until the worker reports an outcome. */
function JobState({ taskId }: { taskId: string }) {
  const query = useQuery({
    queryKey: ["tasks", taskId],
    queryFn: ({ signal }) => taskStatus(taskId, signal),
    refetchInterval: (current) => (["SUCCESS", "FAILURE"].includes(current.state.data?.state ?? "") ? false : 1000),
  });
  return <span className="badge">{query.data?.state.toLowerCase() ?? "queued"}</span>;
}

export function TicketListPage() {
  const queryClient = useQueryClient();
  const { hasRole } = useAuth();
  const everyone = hasRole("admin");
  const [sort, setSort] = useState<TicketSort>("-id");
  const [filters, setFilters] = useState<Filters>({});
  const pages = useCursorPages(JSON.stringify([sort, filters]));
  const [editing, setEditing] = useState<Ticket | "new" | null>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const [jobs, setJobs] = useState<Readonly<Record<number, string>>>({});
  const projectsChoices = useProjectsChoices();
  const query = useQuery({
    queryKey: [...ticketsKey, "list", sort, filters, pages.cursor],
    queryFn: ({ signal }) =>
      listTickets(
        { limit: PAGE_SIZE, sort, ...(pages.cursor === null ? {} : { cursor: pages.cursor }), ...toQuery(filters) },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (id: number) => deleteTicket(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketsKey }),
  });
  const process = useMutation({
    mutationFn: (id: number) => processTicket(id),
    onSuccess: (accepted, id) => {
      setJobs((current) => ({ ...current, [id]: accepted.task_id }));
    },
  });
  const rows = query.data?.items ?? [];
  const nextCursor = query.data?.next_cursor ?? null;
  const related = ticketRelated;
  const setFilter = (param: keyof Filters) => (event: { target: { value: string } }) => {
    setFilters((current) => ({ ...current, [param]: event.target.value }));
  };

  return (
    <section className="page">
      <header className="page__header page__header--row">
        <div>
          <h1 className="page__title">Tickets</h1>
          <p className="muted">{everyone ? "Every user's tickets (you are an admin)." : "Only your own tickets are listed."}</p>
        </div>
<RoleGate roles={WRITE_ROLES}>          <button type="button" className="button" onClick={() => { setEditing("new"); }}>
            New ticket
          </button>
</RoleGate>
      </header>
      {editing !== null && (
        <TicketForm
          key={editing === "new" ? "new" : editing.id}
          row={editing === "new" ? null : editing}
          onDone={() => { setEditing(null); }}
          onCancel={() => { setEditing(null); }}
        />
      )}
      <div className="toolbar" role="search" aria-label="Tickets filters">
        <label className="field">
          <span className="field__label">Done</span>
          <select className="field__input" value={filters.done ?? ""} onChange={setFilter("done")}>
            <option value="">Any</option>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">Due from</span>
          <input type="date" className="field__input" value={filters.due_from ?? ""} onChange={setFilter("due_from")} />
        </label>
        <label className="field">
          <span className="field__label">Due to</span>
          <input type="date" className="field__input" value={filters.due_to ?? ""} onChange={setFilter("due_to")} />
        </label>
        <label className="field">
          <span className="field__label">At from</span>
          <input type="date" className="field__input" value={filters.at_from ?? ""} onChange={setFilter("at_from")} />
        </label>
        <label className="field">
          <span className="field__label">At to</span>
          <input type="date" className="field__input" value={filters.at_to ?? ""} onChange={setFilter("at_to")} />
        </label>
        <label className="field">
          <span className="field__label">Phase</span>
          <select className="field__input" value={filters.phase ?? ""} onChange={setFilter("phase")}>
            <option value="">Any</option>
            <option value="open">open</option>
            <option value="closed">closed</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">Project</span>
          <select className="field__input" value={filters.project_id ?? ""} onChange={setFilter("project_id")}>
            <option value="">Any</option>
{(projectsChoices.data ?? []).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Assignee</span>
          <input type="number" min={1} className="field__input" value={filters.assignee_id ?? ""} onChange={setFilter("assignee_id")} />
        </label>
        <span className="toolbar__spacer" />
        <label className="field">
          <span className="field__label">Sort</span>
          <select
            className="field__input"
            value={sort}
            onChange={(event) => {
              setSort(event.target.value as TicketSort);
            }}
          >
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {query.isError ? (
        <ListError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="card table-wrap">
          {query.isPending ? (
            <p className="empty">Loading tickets…</p>
          ) : rows.length === 0 ? (
            <EmptyState title={pages.page > 1 ? "No more tickets" : "No tickets yet"}>
              <p>Change the filters, or create one with “New ticket”.</p>
            </EmptyState>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Title</th>
                  <th scope="col">Count</th>
                  <th scope="col">Views</th>
                  <th scope="col">Ratio</th>
                  <th scope="col">Price</th>
                  <th scope="col">Done</th>
                  {everyone && <th scope="col">Owner</th>}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <Fragment key={row.id}>
                    <tr>
                      <td>{row.id}</td>
                      <td>{displayValue("str", row.title)}</td>
                      <td>{displayValue("int", row.count)}</td>
                      <td>{displayValue("bigint", row.views)}</td>
                      <td>{displayValue("float", row.ratio)}</td>
                      <td>{displayValue("decimal", row.price)}</td>
                      <td>{displayValue("bool", row.done)}</td>
                      {everyone && <td>#{row.owner_id}</td>}
                      <td>
                        <div className="table__actions">
                          {related.length > 0 && (
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              aria-expanded={opened === row.id}
                              onClick={() => {
                                setOpened(opened === row.id ? null : row.id);
                              }}
                            >
                              {opened === row.id ? "Hide related" : "Related"}
                            </button>
                          )}
                          {jobs[row.id] !== undefined && <JobState taskId={jobs[row.id] ?? ""} />}
<RoleGate roles={WRITE_ROLES}>                            <button
                              type="button"
                              className="button button--ghost button--small"
                              disabled={process.isPending}
                              onClick={() => {
                                process.mutate(row.id);
                              }}
                            >
                              Process
                            </button>
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              onClick={() => {
                                setEditing(row);
                              }}
                            >
                              Edit
                            </button>
                            <ConfirmButton
                              label="Delete"
                              confirmLabel="Confirm delete"
                              busy={remove.isPending}
                              onConfirm={() => {
                                remove.mutate(row.id);
                              }}
                            />
</RoleGate>
                        </div>
                      </td>
                    </tr>
                    {opened === row.id && (
                      <tr className="table__related">
                        <td colSpan={8 + (everyone ? 1 : 0) }>
                          {related.map(({ key, title, Panel }) => (
                            <section key={key} className="related" aria-label={title}>
                              <h3 className="related__title">{title}</h3>
                              <Panel parentId={row.id} />
                            </section>
                          ))}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {remove.isError && <ListError error={remove.error} onRetry={() => { remove.reset(); }} />}
      <Pager
        page={pages.page}
        hasNext={nextCursor !== null}
        busy={query.isFetching}
        onPrevious={pages.previous}
        onNext={() => {
          if (nextCursor !== null) pages.next(nextCursor);
        }}
      />
    </section>
  );
}
