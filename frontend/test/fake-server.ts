/** A scripted sync server for the client tests: records requests and answers with what a test gives it. */
export type Handler = (request: Request, body: any) => Promise<Response> | Response;

export class FakeServer {
  readonly requests: Array<{ method: string; path: string; body: any }> = [];
  handlers: Array<{ method: string; path: RegExp; handle: Handler }> = [];

  on(method: string, path: RegExp, handle: Handler): this {
    this.handlers.unshift({ method, path, handle });
    return this;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(new URL(String(input), 'http://withus.test'), init);
    const path = new URL(request.url).pathname + new URL(request.url).search;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // binary chunk
    }
    this.requests.push({ method: request.method, path, body });
    const handler = this.handlers.find((h) => h.method === request.method && h.path.test(path));
    if (!handler) return json(404, { code: 'not-found' });
    return handler.handle(request, body);
  };

  pushes() {
    return this.requests.filter((r) => r.path.startsWith('/api/sync/v1/push'));
  }
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function pingOk(server: FakeServer): FakeServer {
  return server.on('GET', /^\/api\/sync\/v1\/ping/, () =>
    json(200, { protocol: 1, serverTime: new Date().toISOString(), account: 'leon', deviceId: 'd' }),
  );
}
