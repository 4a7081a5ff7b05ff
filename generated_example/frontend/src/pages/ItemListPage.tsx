/**
 * Items: a keyset-paginated table with filters and sort, empty and error states,
 * create / edit in ItemForm.
 * Rows belong to their creator: the API lists only yours (admins see everyone's).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";

import {
  itemsKey,
  deleteItem,
  listItems,
  type Item,
  type ItemSort,
} from "../api/items";
import { useAuth } from "../auth/useAuth";
import { ItemForm } from "../components/ItemForm";
import { displayValue } from "../components/crud/fields";
import { ConfirmButton, EmptyState, ListError, Pager, useCursorPages } from "../components/crud/ListParts";
import { itemRelated } from "./itemRelated";

const PAGE_SIZE = 20;
const SORTS: readonly { value: ItemSort; label: string }[] = [
  { value: "-id", label: "Newest first" },
  { value: "id", label: "Oldest first" },
  { value: "title", label: "Title ↑" },
  { value: "-title", label: "Title ↓" },
];

export function ItemListPage() {
  const queryClient = useQueryClient();
  const { hasRole } = useAuth();
  const everyone = hasRole("admin");
  const [sort, setSort] = useState<ItemSort>("-id");
  const pages = useCursorPages(sort);
  const [editing, setEditing] = useState<Item | "new" | null>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const query = useQuery({
    queryKey: [...itemsKey, "list", sort, pages.cursor],
    queryFn: ({ signal }) =>
      listItems(
        { limit: PAGE_SIZE, sort, ...(pages.cursor === null ? {} : { cursor: pages.cursor }) },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (id: number) => deleteItem(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: itemsKey }),
  });
  const rows = query.data?.items ?? [];
  const nextCursor = query.data?.next_cursor ?? null;
  const related = itemRelated;

  return (
    <section className="page">
      <header className="page__header page__header--row">
        <div>
          <h1 className="page__title">Items</h1>
          <p className="muted">{everyone ? "Every user's items (you are an admin)." : "Only your own items are listed."}</p>
        </div>
<>          <button type="button" className="button" onClick={() => { setEditing("new"); }}>
            New item
          </button>
</>
      </header>
      {editing !== null && (
        <ItemForm
          key={editing === "new" ? "new" : editing.id}
          row={editing === "new" ? null : editing}
          onDone={() => { setEditing(null); }}
          onCancel={() => { setEditing(null); }}
        />
      )}
      <div className="toolbar" role="search" aria-label="Items filters">
        <span className="toolbar__spacer" />
        <label className="field">
          <span className="field__label">Sort</span>
          <select
            className="field__input"
            value={sort}
            onChange={(event) => {
              setSort(event.target.value as ItemSort);
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
            <p className="empty">Loading items…</p>
          ) : rows.length === 0 ? (
            <EmptyState title={pages.page > 1 ? "No more items" : "No items yet"}>
              <p>Create one with “New item”.</p>
            </EmptyState>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Title</th>
                  <th scope="col">Description</th>
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
                      <td className="table__cell--long" title={row.description ?? undefined}>
                        {displayValue("text", row.description)}
                      </td>
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
<>                            <button
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
</>
                        </div>
                      </td>
                    </tr>
                    {opened === row.id && (
                      <tr className="table__related">
                        <td colSpan={4 + (everyone ? 1 : 0) }>
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
