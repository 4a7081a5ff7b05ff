/**
 * Tickets API: typed calls through the central client (auth header, token refresh,
 * typed errors). Types come from the backend's OpenAPI document (`npm run gen:api`).
 */
import { api } from "./client";
import type { ApiPaths, Schemas } from "./types";

export type Ticket = Schemas["TicketRead"];
export type TicketCreate = Schemas["TicketCreate"];
export type TicketUpdate = Schemas["TicketUpdate"];
export type TicketPage = Schemas["TicketPage"];
export type TicketSort = Schemas["TicketSort"];
/** Cursor, page size, sort and filters of the list endpoint. */
export type TicketQuery = NonNullable<ApiPaths["/api/v1/tickets"]["get"]["parameters"]["query"]>;
export type TicketProcessAccepted = Schemas["TicketProcessAccepted"];
export type TaskStatus = Schemas["TaskStatus"];

/** The TanStack Query key of everything tickets; invalidate it after a write. */
export const ticketsKey = ["tickets"] as const;

const PATH = "/tickets";

function withSignal(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal === undefined ? {} : { signal };
}

export function listTickets(query: TicketQuery = {}, signal?: AbortSignal): Promise<TicketPage> {
  return api.get<TicketPage>(PATH, { query, ...withSignal(signal) });
}

export function getTicket(id: number, signal?: AbortSignal): Promise<Ticket> {
  return api.get<Ticket>(`${PATH}/${String(id)}`, withSignal(signal));
}

export function createTicket(body: TicketCreate): Promise<Ticket> {
  return api.post<Ticket>(PATH, body);
}

export function updateTicket(id: number, body: TicketUpdate): Promise<Ticket> {
  return api.patch<Ticket>(`${PATH}/${String(id)}`, body);
}

export function deleteTicket(id: number): Promise<void> {
  return api.delete(`${PATH}/${String(id)}`);
}

/** Queue the long work on a worker; poll `taskStatus(task_id)` for the outcome. */
export function processTicket(id: number): Promise<TicketProcessAccepted> {
  return api.post<TicketProcessAccepted>(`${PATH}/${String(id)}/process`);
}

export function taskStatus(taskId: string, signal?: AbortSignal): Promise<TaskStatus> {
  return api.get<TaskStatus>(`/tasks/${encodeURIComponent(taskId)}`, withSignal(signal));
}
