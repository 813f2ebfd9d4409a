// A tiny static server for benchmark pages: node:http on 127.0.0.1, random port, nothing
// cached, optional extra headers per response. Routes map a URL path to a file or a buffer;
// mounts map a URL prefix to a directory.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentType = (path) => TYPES[extname(path)] ?? 'application/octet-stream';

/**
 * @param {{ routes?: Map<string, {body?: string|Buffer, file?: string, type?: string}>,
 *           mounts?: Record<string, string>, headers?: Record<string, string> }} options
 * @returns {Promise<{ origin: string, routes: Map, close: () => Promise<void> }>}
 */
export async function startStaticServer({ routes = new Map(), mounts = {}, headers = {} } = {}) {
  const sockets = new Set();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
    const route = routes.get(url.pathname);
    if (route?.body !== undefined) return send(200, route.type ?? contentType(url.pathname), route.body);
    let file = route?.file;
    if (!file) {
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
        if (relative.startsWith('..') || relative.includes(`${sep}..`)) break;
        file = join(dir, relative);
        break;
      }
    }
    try {
      if (!file || !statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return send(404, 'text/plain; charset=utf-8', 'not found');
    }
    response.writeHead(200, {
      'content-type': route?.type ?? contentType(file),
      'cache-control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
