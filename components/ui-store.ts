// UI state of the side panel workspace only (DESIGN.md §1): what is selected, filtered and open.
// Leads themselves live in the database and are read with useLiveQuery.
import { create } from 'zustand';
import { DEFAULT_FILTERS, DEFAULT_QUERY, type LeadFilters, type LeadQuery, type LeadSort } from '@/lib/queries/leads';

export type WorkspaceView = 'list' | 'detail';

interface WorkspaceState {
  query: LeadQuery;
  view: WorkspaceView;
  selectedLeadId: string | null;
  /** Set when the rep comes back from a lead: the list focuses that lead's row once it renders. */
  returnFocus: boolean;
  focusReturned(): void;
  setSearch(search: string): void;
  setFilters(patch: Partial<LeadFilters>): void;
  clearFilters(): void;
  setSort(sort: LeadSort): void;
  select(leadId: string | null): void;
  open(leadId: string): void;
  backToList(): void;
}

export const useWorkspace = create<WorkspaceState>()((set) => ({
  query: DEFAULT_QUERY,
  view: 'list',
  selectedLeadId: null,
  returnFocus: false,
  focusReturned: () => set({ returnFocus: false }),
  setSearch: (search) => set((state) => ({ query: { ...state.query, search } })),
  setFilters: (patch) => set((state) => ({ query: { ...state.query, filters: { ...state.query.filters, ...patch } } })),
  clearFilters: () => set((state) => ({ query: { ...state.query, filters: DEFAULT_FILTERS } })),
  setSort: (sort) => set((state) => ({ query: { ...state.query, sort } })),
  select: (selectedLeadId) => set({ selectedLeadId }),
  open: (leadId) => set({ selectedLeadId: leadId, view: 'detail' }),
  backToList: () => set({ view: 'list', returnFocus: true }),
}));

/** Back to a clean state between component tests. */
export function resetWorkspace(): void {
  useWorkspace.setState({ query: DEFAULT_QUERY, view: 'list', selectedLeadId: null, returnFocus: false });
}
