// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import type { ApiClient } from '../../../src-renderer/api/api-client';
import { ApiProvider } from '../../../src-renderer/api/api-context';
import { type CatalogProcedure, useCatalogProcedure } from '../../../src-renderer/hooks/useCatalogProcedure';
import { type SearchState, useCatalogSearch } from '../../../src-renderer/screens/catalog/useCatalogSearch';
import { useTicket } from '../../../src-renderer/screens/tickets/useTicket';
import { resetSession } from '../../../src-renderer/stores/session-reset';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function root(): { render(node: ReactNode): void; unmount(): void } {
  const el = document.createElement('div');
  document.body.append(el);
  const r = createRoot(el);
  return {
    render: (node) => act(() => r.render(node)),
    unmount: () => {
      act(() => r.unmount());
      el.remove();
    },
  };
}

/** A promise and its resolve, to answer a call when the test says so. */
function deferred<T>(): { promise: Promise<T>; resolve(v: T): void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function Search({ query, onRender }: { query: string; onRender(state: SearchState): void }) {
  onRender(useCatalogSearch(query));
  return null;
}

function Procedure({ code, onRender }: { code: string; onRender(result: CatalogProcedure | null): void }) {
  onRender(useCatalogProcedure(code).result);
  return null;
}

function Issued({ seed, onRender }: { seed: Ticket; onRender(ticket: Ticket | null): void }) {
  onRender(useTicket({ ticketId: seed.id }, seed).ticket);
  return null;
}

const hit = (code: string) => ({ code, codeKind: 'national', name: { vi: code }, field: 'f', score: 1, onlineLevel: 'none' });

describe('useCatalogSearch while typing', () => {
  it('says loading with the last hits (the same array) until the newer answer, and drops an older answer', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<{ hits: unknown[]; total: number }>>>();
    const api = {
      call: (_c: string, args: { query: string }) => {
        const d = deferred<{ hits: unknown[]; total: number }>();
        answers.set(args.query, d);
        return d.promise;
      },
    } as unknown as ApiClient;
    const seen: SearchState[] = [];
    const r = root();
    const view = (q: string) => (
      <ApiProvider client={api}>
        <Search query={q} onRender={(state) => seen.push(state)} />
      </ApiProvider>
    );
    r.render(view('kh'));
    await act(async () => new Promise((ok) => setTimeout(ok, 10)));
    await act(async () => answers.get('kh')?.resolve({ hits: [hit('1.1')], total: 1 }));
    const done = seen.at(-1) as SearchState;
    expect(done.status).toBe('done');
    // A render with nothing new hands back the very same object (memoised lists skip it).
    r.render(view('kh'));
    expect(seen.at(-1)).toBe(done);

    r.render(view('kha'));
    const typing = seen.at(-1) as SearchState;
    expect(typing.status).toBe('loading');
    expect(typing.hits).toBe(done.hits);
    await act(async () => new Promise((ok) => setTimeout(ok, 200)));
    r.render(view('khai'));
    await act(async () => new Promise((ok) => setTimeout(ok, 200)));
    // The answer to "khai" comes first; the late answer to "kha" must not replace it.
    await act(async () => answers.get('khai')?.resolve({ hits: [hit('1.3')], total: 1 }));
    await act(async () => answers.get('kha')?.resolve({ hits: [hit('1.2')], total: 1 }));
    const last = seen.at(-1) as SearchState;
    expect(last.status).toBe('done');
    expect(last.hits.map((h) => h.code)).toEqual(['1.3']);
    r.unmount();
  });
});

describe('useCatalogSearch coming back', () => {
  it('draws the last answer to the same query on its first render, until the visit ends', async () => {
    const api = {
      call: () => Promise.resolve({ hits: [hit('1.001193')], total: 1 }),
    } as unknown as ApiClient;
    const mountSearch = () => {
      const seen: SearchState[] = [];
      const r = root();
      r.render(
        <ApiProvider client={api}>
          <Search query="khai sinh lại" onRender={(state) => seen.push(state)} />
        </ApiProvider>,
      );
      return { seen, r };
    };
    const first = mountSearch();
    expect(first.seen[0]?.status).toBe('loading');
    await act(async () => new Promise((ok) => setTimeout(ok, 10)));
    expect(first.seen.at(-1)?.status).toBe('done');
    first.r.unmount();

    const back = mountSearch();
    expect(back.seen[0]?.status).toBe('done');
    expect(back.seen[0]?.hits.map((h) => h.code)).toEqual(['1.001193']);
    await act(async () => new Promise((ok) => setTimeout(ok, 10)));
    back.r.unmount();

    resetSession();
    const nextVisitor = mountSearch();
    expect(nextVisitor.seen[0]?.status).toBe('loading');
    nextVisitor.r.unmount();
  });
});

describe('useCatalogProcedure', () => {
  it('draws a procedure shown before at once, still asks the core, and takes a changed answer', async () => {
    let version = 'v1';
    const calls: string[] = [];
    const api = {
      call: (_c: string, args: { code: string }) => {
        calls.push(args.code);
        return Promise.resolve({ procedure: { code: args.code, name: { vi: version } }, field: { id: 'f' } });
      },
    } as unknown as ApiClient;
    const firstRender: Array<CatalogProcedure | null> = [];
    const names: string[] = [];
    const onRender = (result: CatalogProcedure | null) => {
      if (firstRender.length === 0 || names.length === 0) firstRender.push(result);
      if (result) names.push((result.procedure.name as { vi: string }).vi);
    };
    const page = (code: string) => (
      <ApiProvider client={api}>
        <Procedure code={code} onRender={onRender} />
      </ApiProvider>
    );
    const a = root();
    a.render(page('9.000001'));
    expect(firstRender[0]).toBeNull();
    await act(async () => undefined);
    expect(names.at(-1)).toBe('v1');
    a.unmount();

    // Opened again (Back, then the same row; or its dossier): drawn on the first render.
    names.length = 0;
    firstRender.length = 0;
    version = 'v2';
    const b = root();
    b.render(page('9.000001'));
    expect(names[0]).toBe('v1');
    await act(async () => undefined);
    expect(calls).toEqual(['9.000001', '9.000001']);
    expect(names.at(-1)).toBe('v2');
    b.unmount();
  });
});

describe('useTicket with the ticket just issued', () => {
  it('has the ticket on its first render and still fetches it', async () => {
    const ticket = { id: 't-1', serviceId: 's', number: 'A001' };
    const asked: string[] = [];
    const api = {
      call: (c: string) => {
        asked.push(c);
        return Promise.resolve(ticket);
      },
      on: () => () => undefined,
      onConnectionChange: () => () => undefined,
    } as unknown as ApiClient;
    const numbers: Array<string | null> = [];
    const r = root();
    r.render(
      <ApiProvider client={api}>
        <Issued seed={ticket as never} onRender={(t) => numbers.push(t ? t.number : null)} />
      </ApiProvider>,
    );
    expect(numbers[0]).toBe('A001');
    await act(async () => undefined);
    expect(asked).toEqual(['ticket.get']);
    r.unmount();
  });
});
