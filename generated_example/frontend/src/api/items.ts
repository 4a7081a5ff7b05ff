/**
 * Items API: typed calls through the central client (auth header, token refresh,
 * typed errors). Types come from the backend's OpenAPI document (`npm run gen:api`).
 */
import { api } from "./client";
import type { ApiPaths, Schemas } from "./types";

export type Item = Schemas["ItemRead"];
export type ItemCreate = Schemas["ItemCreate"];
export type ItemUpdate = Schemas["ItemUpdate"];
export type ItemPage = Schemas["ItemPage"];
export type ItemSort = Schemas["ItemSort"];
/** Cursor, page size, sort and filters of the list endpoint. */
export type ItemQuery = NonNullable<ApiPaths["/api/v1/items"]["get"]["parameters"]["query"]>;

/** The TanStack Query key of everything items; invalidate it after a write. */
export const itemsKey = ["items"] as const;

const PATH = "/items";

function withSignal(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal === undefined ? {} : { signal };
}

export function listItems(query: ItemQuery = {}, signal?: AbortSignal): Promise<ItemPage> {
  return api.get<ItemPage>(PATH, { query, ...withSignal(signal) });
}

export function getItem(id: number, signal?: AbortSignal): Promise<Item> {
  return api.get<Item>(`${PATH}/${String(id)}`, withSignal(signal));
}

export function createItem(body: ItemCreate): Promise<Item> {
  return api.post<Item>(PATH, body);
}

export function updateItem(id: number, body: ItemUpdate): Promise<Item> {
  return api.patch<Item>(`${PATH}/${String(id)}`, body);
}

export function deleteItem(id: number): Promise<void> {
  return api.delete(`${PATH}/${String(id)}`);
}
