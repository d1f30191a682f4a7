// A local stand-in for GitHub's REST contents endpoint
// (GET /repos/{owner}/{repo}/contents/{path}?ref=…), for remote presets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ContentsServer {
  url: string;
  /** Every request path (with query) the server saw. */
  requests: { url: string; authorization?: string }[];
  close(): Promise<void>;
}

/**
 * `files` maps `OWNER/REPO/PATH@REF` to file text. `token`, when set, is required (401 without a
 * token, 404 with another one — GitHub hides private repositories).
 */
export async function startContentsServer(files: Record<string, string>, token?: string): Promise<ContentsServer> {
  const requests: ContentsServer['requests'] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push({ url: `${url.pathname}${url.search}`, authorization: request.headers.authorization });
    const send = (status: number, body: string, type = 'application/json; charset=utf-8'): void => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    const match = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
    if (request.method !== 'GET' || !match) return send(404, JSON.stringify({ message: 'Not Found' }));
    const auth = request.headers.authorization;
    if (token && !auth) return send(401, JSON.stringify({ message: 'Requires authentication' }));
    if (token && auth !== `Bearer ${token}`) return send(404, JSON.stringify({ message: 'Not Found' }));
    const [, owner, repo, filePath] = match.map(decodeURIComponent) as [string, string, string, string];
    const key = `${owner}/${repo}/${filePath}@${url.searchParams.get('ref') ?? 'main'}`;
    const text = files[key];
    if (text === undefined) return send(404, JSON.stringify({ message: 'Not Found' }));
    if ((request.headers.accept ?? '').includes('raw')) return send(200, text, 'application/vnd.github.raw+json; charset=utf-8');
    return send(200, JSON.stringify({ type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64') }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
