import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Content types of what a demo site and the CDN bundles hold. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticRoot {
  /** Absolute, symlink-resolved folder. */
  root: string;
  cacheControl: string;
}

export async function staticRoot(folder: string, cacheControl: string): Promise<StaticRoot> {
  return { root: await realpath(resolve(folder)), cacheControl };
}

/**
 * Serves one file below `root` for the wildcard part of the URL: no directory traversal (also
 * not through encoded dots or symlinks), `index.html` for folders, weak ETag from size and
 * modification time with 304 answers, HEAD without a body.
 */
export async function sendStatic(
  request: FastifyRequest,
  reply: FastifyReply,
  { root, cacheControl }: StaticRoot,
  wildcard: string,
): Promise<FastifyReply> {
  const notFound = () => reply.code(404).type('application/json').send({ error: 'not-found' });
  let relative: string;
  try {
    relative = decodeURIComponent(wildcard.split('?')[0]);
  } catch {
    return notFound();
  }
  if (relative.includes('\0') || relative.split(/[\\/]/).some((part) => part === '..')) return notFound();
  let file = resolve(root, `.${sep}${relative}`);
  if (file !== root && !file.startsWith(root + sep)) return notFound();
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    const real = await realpath(file);
    if (!real.startsWith(root + sep) || !info.isFile()) return notFound();
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    reply
      .header('ETag', etag)
      .header('Last-Modified', info.mtime.toUTCString())
      .header('Cache-Control', cacheControl)
      .header('X-Content-Type-Options', 'nosniff')
      .type(CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream');
    const compressible = COMPRESSIBLE.test(extname(real));
    if (compressible) reply.header('Vary', 'Accept-Encoding');
    const encoding = compressible ? pickEncoding(request.headers['accept-encoding']) : undefined;
    if (encoding) {
      // Each representation has its own bytes, so its own ETag.
      const encodedEtag = etag.replace(/"$/, `-${encoding}"`);
      reply.header('ETag', encodedEtag);
      if (matchesEtag(request.headers['if-none-match'], encodedEtag)) return reply.code(304).send();
      const body = await compressed(real, etag, encoding);
      reply.header('Content-Encoding', encoding).header('Content-Length', body.length);
      return reply.send(request.method === 'HEAD' ? undefined : body);
    }
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
    reply.header('Content-Length', info.size);
    if (request.method === 'HEAD') return reply.send();
    return reply.send(createReadStream(real));
  } catch {
    return notFound();
  }
}

const COMPRESSIBLE = /^\.(?:html|js|mjs|css|json|map|txt|md|csv|svg|ics|xml|webmanifest)$/i;
type Encoding = 'br' | 'gzip';

/** Brotli when the client takes it (the CDN bundles are about a fifth smaller than with gzip), else gzip. */
function pickEncoding(header: string | string[] | undefined): Encoding | undefined {
  const accepted = String(header ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(q))
    .map(([name]) => name.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Compressed files, made once per file version (path + ETag) and kept while they fit. The
// promise is kept, so requests arriving while a file is compressed wait for that one run.
const compressedCache = new Map<string, Promise<Buffer>>();
const COMPRESSED_CACHE_BYTES = 32 * 1024 * 1024;
let compressedCacheBytes = 0;

function compressed(file: string, etag: string, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${file}:${etag}`;
  const cached = compressedCache.get(key);
  if (cached) return cached;
  // On the thread pool: a large bundle compressed at these levels does not hold up other requests.
  const body = readFile(file).then((raw) =>
    encoding === 'br'
      ? brotliAsync(raw, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : gzipAsync(raw, { level: 9 }),
  );
  compressedCache.set(key, body);
  body.then(
    (bytes) => {
      if (compressedCache.get(key) !== body) return;
      if (compressedCacheBytes + bytes.length > COMPRESSED_CACHE_BYTES) {
        compressedCache.clear();
        compressedCacheBytes = 0;
        compressedCache.set(key, body);
      }
      compressedCacheBytes += bytes.length;
    },
    () => compressedCache.delete(key),
  );
  return body;
}

/** True when an If-None-Match header lists this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}
